import type { ContainerType } from "type-graphql";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { GraphRepository } from "../repositories/graph.repository";
import { TraversalRepository } from "../repositories/traversal.repository";

/** What every resolver can reach during one request: the request's own repositories. */
export interface GraphContext {
  repository: GraphRepository;
  traversal: TraversalRepository;
}

/** Fresh repositories for one request, so DataLoader caches never outlive it. */
export function createContext(gateway: Neo4jGateway): GraphContext {
  const repository = new GraphRepository(gateway);
  return { repository, traversal: new TraversalRepository(gateway, repository) };
}

type ResolverClass = new (...dependencies: unknown[]) => unknown;

/**
 * Builds each resolver with the request's repositories as constructor arguments, chosen by the
 * parameter types TypeScript records (emitDecoratorMetadata), so resolvers hold no global state.
 */
export const requestContainer: ContainerType = {
  get: (resolverClass: ResolverClass, { context }: { context: GraphContext }) => {
    const parameterTypes: unknown[] = Reflect.getMetadata("design:paramtypes", resolverClass) ?? [];
    const dependencies = parameterTypes.map((type) => {
      if (type === TraversalRepository) return context.traversal;
      if (type === GraphRepository) return context.repository;
      throw new Error(`${resolverClass.name} asks for a constructor argument the request context does not provide`);
    });
    return new resolverClass(...dependencies);
  },
};
