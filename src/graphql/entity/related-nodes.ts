import { NotFoundError } from "../../errors";
import type { GraphRepository, RelatedQuery } from "../../repositories/graph.repository";
import { hydrateNode } from "../node/hydrate-node";
import type { Node } from "../node/node.interface";

/** The nodes at the other end of some relationship types, deduplicated, in name order. */
export async function relatedNodes<T extends Node>(repository: GraphRepository, id: string, query: RelatedQuery): Promise<T[]> {
  const records = await repository.related(id, query);
  const seen = new Set<string>();
  const nodes: T[] = [];
  for (const record of records) {
    const nodeId = record.node.properties.id as string;
    if (seen.has(nodeId)) continue;
    seen.add(nodeId);
    nodes.push(hydrateNode<T>(record.node));
  }
  return nodes.sort((a, b) => a.name.localeCompare(b.name));
}

/** The node with this id as its object type; a dangling id is a NOT_FOUND error naming what was expected. */
export async function requireNode<T extends Node>(repository: GraphRepository, id: string, what: string): Promise<T> {
  const record = await repository.findById(id);
  if (!record) throw new NotFoundError(what, id);
  return hydrateNode<T>(record);
}
