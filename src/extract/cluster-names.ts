import { nameKey } from "../model/name-key";
import type { Cluster } from "./cluster-mentions";
import { coreTokens, isHeadShortForm, LEGAL_FORMS } from "./company-names";

/**
 * The name the article itself gives a cluster best: a company's declared acronym ("CATL"), else the
 * shortest of its full names ("Foton" over "Beiqi Foton Motor Co.", but "Tarvik Motors" over its
 * first word "Tarvik"); for a person or place, the
 * longest ("Roberto Talavera" over "Talavera"). All-caps names are used only when there is nothing else.
 */
export function preferredClusterName(cluster: Cluster, acronyms: Set<string>): string {
  const declared = cluster.names.find((name) => acronyms.has(nameKey(name)));
  if (declared) return declared;
  const isShortForm = (name: string) => cluster.names.some((other) => isHeadShortForm(coreTokens(other), coreTokens(name)));
  const full = cluster.names.filter((name) => !/^[A-Z0-9&]+$/.test(name) && !isShortForm(name));
  const names = [...(full.length ? full : cluster.names)];
  if (cluster.label === "Company") return names.sort((a, b) => coreTokens(a).length - coreTokens(b).length || a.length - b.length)[0];
  return names.sort((a, b) => b.length - a.length)[0];
}

/** The name an entity gets: the graph's name when it matched one, the gazetteer's for a place, else the article's preferred one without a legal form. */
export function canonicalName(cluster: Cluster, acronyms: Set<string>): string {
  if (cluster.known) return cluster.known.name;
  if (cluster.place) return cluster.place.name;
  const name = preferredClusterName(cluster, acronyms);
  return cluster.label === "Company" ? name.replace(LEGAL_FORMS, "") || name : name;
}
