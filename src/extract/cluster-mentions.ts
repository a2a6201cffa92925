import { nameKey } from "../model/name-key";
import { coreTokens, extendsName, isHeadShortForm } from "./company-names";
import type { KnownEntity } from "./extraction";
import type { EntityMention, MentionLabel } from "./recognize-entities";

/** The mentions of one entity within an article, and the graph entity they resolve to, if any. */
export interface Cluster {
  label: MentionLabel;
  names: string[];
  mentions: EntityMention[];
  known?: KnownEntity;
  place?: EntityMention["place"];
}

/** The key a mention clusters under: a surname as the full name it refers to, an acronym as the name it stands for. */
function clusterKey(mention: EntityMention, documentPeople: Map<string, string>, acronymOf: Map<string, string>): string {
  const key = nameKey(mention.text);
  if (mention.label === "Person" && !key.includes(" ") && documentPeople.has(key)) return nameKey(documentPeople.get(key)!);
  if (mention.label === "Company" && acronymOf.has(key)) return nameKey(acronymOf.get(key)!);
  return key;
}

/** The cluster a mention joins: same key (or same company core), a company name one leading word longer or shorter, its short form (named first, as a headline does, or after), or the same gazetteer place. */
function clusterFor(clusters: Cluster[], mention: EntityMention, key: string): Cluster | undefined {
  const isCompany = mention.label === "Company";
  const core = isCompany ? coreTokens(key) : key.split(" ");
  const sameName = clusters.find(
    (c) => c.label === mention.label && c.names.some((name) => nameKey(name) === key || (isCompany && coreTokens(name).join(" ") === core.join(" "))),
  );
  if (sameName) return sameName;
  if (isCompany) {
    const extended = clusters.find(
      (c) =>
        c.label === "Company" &&
        c.names.some(
          (name) =>
            extendsName(core, coreTokens(name)) ||
            extendsName(coreTokens(name), core) ||
            isHeadShortForm(coreTokens(name), core) ||
            isHeadShortForm(core, coreTokens(name)),
        ),
    );
    if (extended) return extended;
  }
  if (mention.label === "Market" && mention.place) return clusters.find((c) => c.label === "Market" && c.place?.name === mention.place!.name);
  return undefined;
}

/**
 * Groups an article's mentions into one cluster per entity: a surname joins the person introduced
 * with it, an acronym the company it was declared for, legal-suffix variants ("Foton Motor Co.",
 * "Foton") one company, and the names of one gazetteer place one market. "Iveco Group" and "IVECO"
 * stay apart: "group" is no legal suffix.
 */
export function clusterMentions(
  mentions: EntityMention[],
  documentPeople: Map<string, string>,
  acronymOf: Map<string, string>,
): { clusters: Cluster[]; clusterOf: Map<EntityMention, Cluster> } {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<EntityMention, Cluster>();
  for (const mention of mentions) {
    let cluster = clusterFor(clusters, mention, clusterKey(mention, documentPeople, acronymOf));
    if (!cluster) {
      cluster = { label: mention.label, names: [], mentions: [], place: mention.place };
      clusters.push(cluster);
    }
    if (!cluster.names.includes(mention.text)) cluster.names.push(mention.text);
    const declared = mention.label === "Company" ? acronymOf.get(nameKey(mention.text)) : undefined;
    if (declared && !cluster.names.includes(declared)) cluster.names.push(declared);
    cluster.mentions.push(mention);
    clusterOf.set(mention, cluster);
  }
  return { clusters, clusterOf };
}
