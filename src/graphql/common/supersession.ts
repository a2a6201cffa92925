import { STORED_PROPERTIES as S } from "../../model/stored-properties";
import { FACT_PROPERTY as F } from "../../ingest/fact-origin";
import type { GraphRepository } from "../../repositories/graph.repository";
import { factAsKnownAt } from "../../repositories/fact-as-known";
import type { EdgeRecord } from "../../repositories/node-record";

/**
 * The fact as the supersession reads need it: its group (start node and type), its id, its stored
 * properties and the knownAsOf it was read with, if any.
 */
export interface SupersessionRoot {
  sourceId: string;
  type: string;
  id: string;
  properties: Record<string, unknown>;
  knownAsOf?: string;
}

/** Whether something recorded at `recordedAt` was known at `knownAsOf` (always, without knownAsOf), as known-as-of.cypher compares. */
function knownBy(recordedAt: unknown, knownAsOf: string | undefined): boolean {
  return !knownAsOf || (typeof recordedAt === "string" ? recordedAt : "") <= knownAsOf;
}

/** The facts of `fact`'s group that `keep` picks and the graph knew at the knownAsOf `fact` was read with, each as known then. */
async function related(repository: GraphRepository, fact: SupersessionRoot, by: string | null, keep: (edge: EdgeRecord) => boolean): Promise<EdgeRecord[]> {
  const { knownAsOf } = fact;
  const found = await repository.supersession(fact.sourceId, fact.type, fact.id, by);
  return found
    .filter((edge) => keep(edge) && knownBy(edge.properties[F.recordedAt], knownAsOf))
    .map((edge) => (knownAsOf ? { ...edge, properties: factAsKnownAt(edge.properties, knownAsOf), knownAsOf } : edge));
}

/**
 * The later fact that supersedes `fact` for as-of queries (the one its stored supersededBy names),
 * or null. Shared by Relationship and the edge types (a Position), so that both read one answer.
 * Under knownAsOf it is null when the superseding fact was recorded after then, as the as-of filter
 * ignores such a supersession, and the fact is shown as known then.
 */
export async function supersedingFact(repository: GraphRepository, fact: SupersessionRoot): Promise<EdgeRecord | null> {
  const by = (fact.properties[S.supersededBy] as string | undefined) ?? null;
  if (!by || !knownBy(fact.properties[S.supersededRecordedAt], fact.knownAsOf)) return null;
  const [record] = await related(repository, fact, by, (edge) => edge.properties[S.id] === by);
  return record ?? null;
}

/** The earlier facts of the same group that `fact` supersedes (those whose supersededBy names it), under knownAsOf only those known then, as known then. */
export async function supersededFacts(repository: GraphRepository, fact: SupersessionRoot): Promise<EdgeRecord[]> {
  return related(repository, fact, null, (edge) => edge.properties[S.supersededBy] === fact.id);
}
