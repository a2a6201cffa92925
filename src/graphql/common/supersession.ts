import { STORED_PROPERTIES as S } from "../../model/stored-properties";
import type { GraphRepository } from "../../repositories/graph.repository";
import type { EdgeRecord } from "../../repositories/node-record";

/** The fact as the supersession reads need it: its group (start node and type), its id and its stored properties. */
export interface SupersessionRoot {
  sourceId: string;
  type: string;
  id: string;
  properties: Record<string, unknown>;
}

/**
 * The later fact that supersedes `fact` for as-of queries (the one its stored supersededBy names),
 * or null. Shared by Relationship and the edge types (a Position), so that both read one answer.
 */
export async function supersedingFact(repository: GraphRepository, fact: SupersessionRoot): Promise<EdgeRecord | null> {
  const by = (fact.properties[S.supersededBy] as string | undefined) ?? null;
  if (!by) return null;
  const found = await repository.supersession(fact.sourceId, fact.type, fact.id, by);
  return found.find((edge) => edge.properties[S.id] === by) ?? null;
}

/** The earlier facts of the same group that `fact` supersedes: those whose supersededBy names it. */
export async function supersededFacts(repository: GraphRepository, fact: SupersessionRoot): Promise<EdgeRecord[]> {
  const found = await repository.supersession(fact.sourceId, fact.type, fact.id, null);
  return found.filter((edge) => edge.properties[S.supersededBy] === fact.id);
}
