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
 */
export function mergeMentions(id: string, mentions: MentionRecord[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const mention of mentions) {
    Object.assign(properties, JSON.parse(mention.properties) as Record<string, unknown>);
    for (const name of mention.aliases) names.add(name);
    for (const key of mention.nameKeys) keys.add(key);
  }
  return { ...properties, id, aliases: [...names].filter((name) => name !== properties.name), nameKeys: [...keys] };
}
