import type { KnownEntity } from "./extraction";

/** What the graph already holds of the names of one article. */
export interface KnownGraph {
  entities: KnownEntity[];
  byKey: Map<string, KnownEntity[]>;
}

/** Indexes the entities a lookup returned by each of their name keys. */
export function indexKnownEntities(entities: KnownEntity[]): KnownGraph {
  const byKey = new Map<string, KnownEntity[]>();
  for (const entity of entities) for (const key of entity.nameKeys) byKey.set(key, [...(byKey.get(key) ?? []), entity]);
  return { entities, byKey };
}
