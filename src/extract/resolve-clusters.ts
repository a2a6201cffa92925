import { NodeLabel } from "../model/graph-model";
import { nameKey } from "../model/name-key";
import type { Cluster } from "./cluster-mentions";
import { coreTokens, extendsName } from "./company-names";
import type { KnownEntity } from "./extraction";
import type { KnownGraph } from "./known-graph";

/** The graph's companies whose names share a name's legal-suffix-free core, or extend it by one leading word. */
function companiesByCore(graph: KnownGraph, name: string): KnownEntity[] {
  const core = coreTokens(name);
  return graph.entities.filter(
    (entity) =>
      entity.label === NodeLabel.Company &&
      entity.nameKeys.some((key) => {
        const theirs = coreTokens(key);
        return core.join(" ") === theirs.join(" ") || extendsName(core, theirs);
      }),
  );
}

/**
 * Resolves each cluster against the graph, setting `known`: an entity of the same label with one of
 * the cluster's names (or its gazetteer place's name) as a key comes first; for companies, one whose
 * legal-suffix-free core matches will do.
 */
export function resolveClusters(clusters: Cluster[], graph: KnownGraph): void {
  for (const cluster of clusters) {
    const names = cluster.place ? [cluster.place.name, ...cluster.names] : cluster.names;
    const exact = names.flatMap((name) => graph.byKey.get(nameKey(name)) ?? []).filter((entity) => entity.label === cluster.label);
    const byCore = cluster.label === "Company" ? names.flatMap((name) => companiesByCore(graph, name)) : [];
    const match = exact[0] ?? byCore[0];
    if (match) cluster.known = match;
  }
}
