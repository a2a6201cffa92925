import type { GraphQLResolveInfo } from "graphql";
import { BadUserInputError } from "../../errors";
import type { NodeLabel } from "../../model/graph-model";
import type { GraphRepository, PrefetchStep } from "../../repositories/graph.repository";
import type { NodeRecord } from "../../repositories/node-record";
import { hydrateNode } from "../node/hydrate-node";
import type { Node } from "../node/node.interface";
import { planPrefetch } from "../prefetch/plan-prefetch";
import type { EntityArgs } from "./entity.args";

/** How many of the entities sharing a name an ambiguity error lists. */
const LISTED_CANDIDATES = 10;

/** The one entity of `label` with this name or alias; null for none, BAD_USER_INPUT listing the candidates when several share it. */
async function findOneByName(repository: GraphRepository, label: string, name: string, steps: PrefetchStep[]): Promise<NodeRecord | null> {
  const records = await repository.findByNameWithSteps(name, [label as NodeLabel], LISTED_CANDIDATES + 1, steps);
  if (records.length <= 1) return records[0] ?? null;
  const ids = records.slice(0, LISTED_CANDIDATES).map((record) => record.properties.id as string);
  const more = records.length > LISTED_CANDIDATES ? " and more" : "";
  throw new BadUserInputError(`name "${name}" is shared by several ${label} entities (${ids.join(", ")}${more}); ask by id instead.`, {
    argument: "name",
    candidates: ids,
  });
}

/**
 * The entity a root lookup such as `company(id:)` or `company(name:)` asks for, with the
 * relationships its selection nests below it prefetched in one query. An entity that is not there
 * (an unknown id, an id of another type, a name nothing has) is null rather than an error, so the
 * sibling fields of the request keep their data; asking wrongly (both or neither of id and name, a
 * name several entities share) is BAD_USER_INPUT.
 */
export async function findEntity<T extends Node>(
  repository: GraphRepository,
  label: string,
  field: string,
  { id, name }: EntityArgs,
  info: GraphQLResolveInfo,
): Promise<T | null> {
  if ((id == null) === (name == null)) {
    throw new BadUserInputError(`Give exactly one of id or name to ${field}.`, { argument: id == null ? "id" : "name" });
  }
  const steps = planPrefetch(info, label);
  let record: NodeRecord | null;
  if (id != null) {
    // Prefetching first primes the node itself too, so the lookup that follows costs no round trip.
    if (steps.length) await repository.prefetch([id], steps);
    record = await repository.findById(id);
  } else {
    record = await findOneByName(repository, label, name as string, steps);
  }
  return record && record.label === label ? hydrateNode<T>(record) : null;
}
