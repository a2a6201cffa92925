import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, OperationTypeNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { ModelView } from "../../model/model-view";
import { Relationship } from "../common/relationship.type";
import type { GraphContext } from "../context";
import { modelTypes } from "../model/active-model";
import { Mention } from "../node/mention.type";
import type { Projection } from "../../repositories/projection";
import { planProjection } from "./plan-projection";

/** How many planned operations are kept; a server sees few distinct documents, so a full cache is simply emptied. */
const MAX_PLANS = 1000;

/** Each GraphQL type that shows one relationship, with the relationship types it can stand for. */
function relationshipTypesOf(view: ModelView): Map<string, string[]> {
  const map = new Map<string, string[]>([
    [Relationship.name, [...view.relationshipTypes]],
    [Mention.name, [view.mentionType]],
  ]);
  for (const type of view.relationshipTypes) {
    const edge = view.relationship(type).edge;
    if (edge) map.set(edge.name, [type]);
  }
  return map;
}

const typesByView = new WeakMap<ModelView, Map<string, string[]>>();

/**
 * The projection of one query operation of a parsed document, for the model in use (see
 * planProjection). The server plans each distinct operation once through projectionPlugin; the
 * bench's profile plans the same way, so that it profiles the statements the server sends.
 */
export function planOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Projection {
  const { view } = modelTypes();
  let typesOf = typesByView.get(view);
  if (!typesOf) typesByView.set(view, (typesOf = relationshipTypesOf(view)));
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  return planProjection(view, schema, operation, fragments, typesOf);
}

/**
 * Plans, once per distinct query operation, which stored properties it reads (see planProjection),
 * and hands the plan to the request's repository before anything is read. Mutations read whole:
 * they are rare, and what they write must be read back as it is.
 */
export function projectionPlugin(): ApolloServerPlugin<GraphContext> {
  const plans = new Map<string, Projection>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, schema, contextValue, queryHash, operationName }) {
          if (operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
          const key = `${queryHash}/${operationName ?? ""}`;
          let plan = plans.get(key);
          if (!plan) {
            plan = planOperation(schema, document, operation);
            if (plans.size >= MAX_PLANS) plans.clear();
            plans.set(key, plan);
          }
          contextValue.repository.project(plan);
          return Promise.resolve();
        },
      });
    },
  };
}
