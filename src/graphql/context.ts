import type { ContainerType } from "type-graphql";
import type { GraphRepository } from "../repositories/graph.repository";

/** What every resolver can reach during one request. */
export interface GraphContext {
  repository: GraphRepository;
}

/**
 * Builds resolvers with the request's repository as their constructor argument, so resolvers hold
 * no global state and each request gets its own DataLoader caches.
 */
export const requestContainer: ContainerType = {
  get: (resolverClass: new (repository: GraphRepository) => unknown, { context }: { context: GraphContext }) =>
    new resolverClass(context.repository),
};
