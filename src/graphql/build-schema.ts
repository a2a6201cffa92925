import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type ClassType, type NonEmptyArray } from "type-graphql";
import { modelInUse, serveModel } from "../model/model-in-use";
import type { GraphModelSpec } from "../model/model-spec";
import { buildModelTypes } from "./model/build-model-types";
import { ProvenanceResolver } from "./common/provenance.resolver";
import { RelationshipResolver } from "./common/relationship.resolver";
import { requestContainer, type GraphContext } from "./context";
import { WRITE_SCOPE } from "../auth/authenticate";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { ConflictResolver, NodeConflictsResolver } from "./conflict/conflict.resolver";
import { IngestResolver } from "./ingest/ingest.resolver";
import { LiveResolver } from "./live/live.resolver";
import { NodeResolver } from "./node/node.resolver";
import { SearchResolver } from "./search/search.resolver";
import { AnalyticsResolver } from "./analytics/analytics.resolver";
import { TraversalResolver } from "./traversal/traversal.resolver";
import { validateArguments } from "./validate-arguments";
import { PROCESS_EVENTS } from "../events/event-bus";

/** The hand-written resolvers; each label's root queries and relation fields are generated from the model. */
export const RESOLVERS = [
  NodeResolver,
  SearchResolver,
  TraversalResolver,
  AnalyticsResolver,
  RelationshipResolver,
  ProvenanceResolver,
  IngestResolver,
  LiveResolver,
  ConflictResolver,
  NodeConflictsResolver,
] as const;

const schemas = new Map<GraphModelSpec, Promise<GraphQLSchema>>();

/** type-graphql builds the root types without descriptions; the schema describes every type it has. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = "What can be read: nodes by id or name, entity lists, search, traversals, timelines and rankings.";
  if (mutation) mutation.description = "What can be written: articles added, previewed or removed. Every mutation needs an API key.";
  if (subscription)
    subscription.description = "What can be watched over a WebSocket at /graphql (graphql-ws): articles ingested and deleted, and one entity's changes.";
  return schema;
}

/**
 * The executable schema of a model (the product's own by default): the hand-written resolvers and
 * the types and resolvers derived from the model. Built once per process.
 */
export function buildGraphSchema(model: GraphModelSpec = modelInUse().model): Promise<GraphQLSchema> {
  let schema = schemas.get(model);
  if (schema) return schema;
  serveModel(model);
  const types = buildModelTypes(model);
  schema = buildSchema({
    resolvers: [...RESOLVERS, ...types.resolvers] as unknown as NonEmptyArray<ClassType>,
    container: requestContainer,
    validateFn: validateArguments,
    // Required by type-graphql for @Subscription; LiveResolver listens on the context's bus instead.
    pubSub: PROCESS_EVENTS,
    authChecker: ({ context }: { context: GraphContext }, roles: string[]) => {
      const { principal } = context;
      if (principal.kind === "anonymous" || principal.kind === "invalid") throw new UnauthenticatedError();
      for (const scope of roles.length ? roles : [WRITE_SCOPE]) if (!principal.scopes.has(scope)) throw new ForbiddenError(scope);
      return true;
    },
    emitSchemaFile: false,
  }).then(describeRootTypes);
  schemas.set(model, schema);
  // A failed build is not kept: the next call reports the failure again instead of a stale promise.
  schema.catch(() => schemas.delete(model));
  return schema;
}
