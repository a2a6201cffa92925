import type { ContainerType } from "type-graphql";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import type { Principal } from "../auth/authenticate";
import type { StatementObserver } from "../db/observe-statement";
import { IngestService, type DocumentObserver } from "../ingest/ingest.service";
import { ConflictRepository } from "../repositories/conflict.repository";
import { GraphRepository } from "../repositories/graph.repository";
import { TraversalRepository } from "../repositories/traversal.repository";
import { TraversalService } from "./traversal/traversal.service";
import { PROCESS_EVENTS, type EventBus } from "../events/event-bus";
import { LiveEvents } from "../events/live-events";

/** What every resolver can reach during one request: the request's own repositories and services, and what its credentials allow. */
export interface GraphContext {
  repository: GraphRepository;
  traversal: TraversalRepository;
  traversalService: TraversalService;
  conflicts: ConflictRepository;
  ingest: IngestService;
  /** Who sent the request, with the scopes their credentials give. */
  principal: Principal;
  /** The request's id, sent back in x-request-id and on every error, and logged. */
  requestId: string;
  /** The Cypher statements this request has sent so far. */
  statements: () => number;
  /** Where writes tell live-update subscribers, and where subscriptions listen. */
  events: EventBus;
}

export interface RequestOptions {
  principal: Principal;
  ingestMaxBytes: number;
  requestId?: string;
  events?: EventBus;
  /** The app's metrics, told of the request's statements and documents; none when metrics are off. */
  metrics?: { observeStatement: StatementObserver; observeDocument: DocumentObserver } | null;
}

/** Fresh repositories for one request, so DataLoader caches never outlive it. */
export function createContext(
  sharedGateway: Neo4jGateway,
  options: RequestOptions = { principal: { kind: "anonymous", scopes: new Set() }, ingestMaxBytes: 0 },
): GraphContext {
  const { gateway, statements } = sharedGateway.forRequest(options.metrics?.observeStatement);
  const repository = new GraphRepository(gateway);
  const traversal = new TraversalRepository(gateway, repository);
  const events = options.events ?? PROCESS_EVENTS;
  return {
    repository,
    traversal,
    traversalService: new TraversalService(traversal, repository),
    conflicts: new ConflictRepository(gateway),
    ingest: new IngestService(gateway, options.ingestMaxBytes, new LiveEvents(events), options.metrics?.observeDocument),
    principal: options.principal,
    requestId: options.requestId ?? "none",
    statements,
    events,
  };
}

type ResolverClass = new (...dependencies: unknown[]) => unknown;

/**
 * Builds each resolver with the request's repositories as constructor arguments, chosen by the
 * parameter types TypeScript records (emitDecoratorMetadata), so resolvers hold no global state.
 */
export const requestContainer: ContainerType = {
  get: (resolverClass: ResolverClass, { context }: { context: GraphContext }) => {
    // type-graphql asks for a resolver for every field it resolves; one per class per request is enough.
    let instances = resolversByRequest.get(context);
    if (!instances) resolversByRequest.set(context, (instances = new Map<ResolverClass, unknown>()));
    let resolver = instances.get(resolverClass);
    if (!resolver) {
      const parameterTypes = (Reflect.getMetadata("design:paramtypes", resolverClass) as unknown[] | undefined) ?? [];
      const dependencies = parameterTypes.map((type) => {
        if (type === TraversalRepository) return context.traversal;
        if (type === TraversalService) return context.traversalService;
        if (type === GraphRepository) return context.repository;
        if (type === IngestService) return context.ingest;
        if (type === ConflictRepository) return context.conflicts;
        throw new Error(`${resolverClass.name} asks for a constructor argument the request context does not provide`);
      });
      resolver = new resolverClass(...dependencies);
      instances.set(resolverClass, resolver);
    }
    return resolver;
  },
};

const resolversByRequest = new WeakMap<GraphContext, Map<ResolverClass, unknown>>();
