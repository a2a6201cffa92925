import { modelInUse } from "../model/model-in-use";
import type { HistorySpec } from "../model/model-spec";
import { latestValues, type Statement } from "../model/property-history";
import { isExtracted } from "./fact-origin";

export interface MentionRecord {
  documentId: string;
  properties: string;
  aliases: string[];
  nameKeys: string[];
  /** The stating document's dates, in the order of NodeHistory.documentKeys. */
  document?: unknown[];
}

/** The properties of a node that change over time, and the keys of the document dates each mention comes with. */
export interface NodeHistory {
  properties: [string, HistorySpec][];
  documentKeys: string[];
}

const NO_HISTORY: NodeHistory = { properties: [], documentKeys: [] };

function statementsOf(mentions: MentionRecord[], stated: Record<string, unknown>[], documentKeys: string[]): Statement<null>[] {
  return mentions.map((mention, index) => ({
    documentId: mention.documentId,
    properties: stated[index],
    document: Object.fromEntries(documentKeys.map((key, at) => [key, mention.document?.[at]])),
    provenance: null,
  }));
}

/**
 * Rebuilds an entity's properties from what each document says of it, taken in document order so a
 * later document's value wins a clash; names and lookup keys are the union of all documents'. A
 * property that no document states any more is gone, which is what makes a reload replace facts.
 * Curated statements (facts files) come after extracted ones, so they win a clash, and an entity any
 * facts file states keeps the curated origin and confidence: an extracted article that mentions it
 * adds its mention and names, and never relabels it as extracted. A property that changes over time
 * (see `history`) takes instead the value that holds latest (see latestValue) when a statement of it
 * is dated, so the node's own value follows time rather than document order.
 */
export function mergeMentions(id: string, mentions: MentionRecord[], history: NodeHistory = NO_HISTORY): Record<string, unknown> {
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
  if (history.properties.length > 0) Object.assign(properties, latestValues(history.properties, statementsOf(mentions, stated, history.documentKeys)));
  const names = new Set(mentions.flatMap((mention) => mention.aliases));
  const keys = new Set(mentions.flatMap((mention) => mention.nameKeys));
  return { ...properties, id, aliases: [...names].filter((name) => name !== properties.name), nameKeys: [...keys] };
}
