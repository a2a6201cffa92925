import { modelInUse } from "../model/model-in-use";
import { isExtracted } from "./fact-origin";

export interface MentionRecord {
  documentId: string;
  properties: string;
  aliases: string[];
  nameKeys: string[];
}

/**
 * Rebuilds an entity's properties from what each document says of it, taken in document order so a
 * later document's value wins a clash; names and lookup keys are the union of all documents'. A
 * property that no document states any more is gone, which is what makes a reload replace facts.
 * Curated statements (facts files) come after extracted ones, so they win a clash, and an entity any
 * facts file states keeps the curated origin and confidence: an extracted article that mentions it
 * adds its mention and names, and never relabels it as extracted.
 */
export function mergeMentions(id: string, mentions: MentionRecord[]): Record<string, unknown> {
  const stated = mentions.map((mention) => JSON.parse(mention.properties) as Record<string, unknown>);
  const curated = stated.filter((properties) => !isExtracted(properties));
  const properties: Record<string, unknown> = {};
  for (const statement of [...stated.filter(isExtracted), ...curated]) Object.assign(properties, statement);
  if (curated.length > 0) {
    const provenance = Object.assign({}, ...curated) as Record<string, unknown>;
    for (const key of Object.keys(modelInUse().model.factProperties)) {
      if (key in provenance) properties[key] = provenance[key];
      else delete properties[key];
    }
  }
  const names = new Set(mentions.flatMap((mention) => mention.aliases));
  const keys = new Set(mentions.flatMap((mention) => mention.nameKeys));
  return { ...properties, id, aliases: [...names].filter((name) => name !== properties.name), nameKeys: [...keys] };
}
