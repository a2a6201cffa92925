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
 * The id of the fact that supersedes a fact with these stored properties, as the graph knew it at
 * `knownAsOf`: the first of its superseding facts (listed by start) recorded by then. Without
 * knownAsOf it is the stored supersededBy; a fact stored before the list was kept has its stored
 * supersededBy when that was recorded by then. The as-of filter reads the same lists
 * (cypher/fact-filter/known-supersession.cypher), so a fact and its supersededBy agree.
 */
export function knownSupersededBy(properties: Record<string, unknown>, knownAsOf: string | undefined): string | null {
  const ids = properties[S.supersedingIds];
  const recorded = properties[S.supersedingRecordedAt];
  if (!knownAsOf || !Array.isArray(ids) || !Array.isArray(recorded)) {
    const by = (properties[S.supersededBy] as string | undefined) ?? null;
    return by && knownBy(properties[S.supersededRecordedAt], knownAsOf) ? by : null;
  }
  const index = recorded.findIndex((at) => knownBy(at, knownAsOf));
  return index < 0 ? null : String(ids[index]);
}

/**
 * The later fact that supersedes `fact` for as-of queries (the one its stored supersededBy names),
 * or null. Shared by Relationship and the edge types (a Position), so that both read one answer.
 * Under knownAsOf it is the first superseding fact recorded by then (see knownSupersededBy), or
 * null, as the as-of filter counts only those, and it is shown as known then.
 */
export async function supersedingFact(repository: GraphRepository, fact: SupersessionRoot): Promise<EdgeRecord | null> {
  const by = knownSupersededBy(fact.properties, fact.knownAsOf);
  if (!by) return null;
  const [record] = await related(repository, fact, by, (edge) => edge.properties[S.id] === by);
  return record ?? null;
}

/** The earlier facts of the same group that `fact` supersedes (those whose supersededBy names it), under knownAsOf those known then that it superseded then, as known then. */
export async function supersededFacts(repository: GraphRepository, fact: SupersessionRoot): Promise<EdgeRecord[]> {
  return related(repository, fact, null, (edge) => knownSupersededBy(edge.properties, fact.knownAsOf) === fact.id);
}
