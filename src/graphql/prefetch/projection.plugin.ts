import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, OperationTypeNode, type FragmentDefinitionNode } from "graphql";
import { Relationship } from "../common/relationship.type";
import type { GraphContext } from "../context";
import { modelTypes } from "../model/active-model";
import { Mention } from "../node/mention.type";
import type { Projection } from "../../repositories/projection";
import { planProjection } from "./plan-projection";

/** How many planned operations are kept; a server sees few distinct documents, so a full cache is simply emptied. */
const MAX_PLANS = 1000;

/** Each GraphQL type that shows one relationship, with the relationship types it can stand for. */
function relationshipTypesOf(): Map<string, string[]> {
  const { view } = modelTypes();
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

/**
 * Plans, once per distinct query operation, which stored properties it reads (see planProjection),
 * and hands the plan to the request's repository before anything is read. Mutations read whole:
 * they are rare, and what they write must be read back as it is.
 */
export function projectionPlugin(): ApolloServerPlugin<GraphContext> {
  const plans = new Map<string, Projection>();
  let typesOf: Map<string, string[]> | null = null;
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, schema, contextValue, queryHash, operationName }) {
          if (operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
          const key = `${queryHash}/${operationName ?? ""}`;
          let plan = plans.get(key);
          if (!plan) {
            const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
            plan = planProjection(modelTypes().view, schema, operation, fragments, (typesOf ??= relationshipTypesOf()));
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
