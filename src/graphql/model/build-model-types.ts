import type { GraphModelSpec } from "../../model/model-spec";
import { viewOf } from "../../model/model-view";
import { Relationship, RELATIONSHIP_ENDS } from "../common/relationship.type";
import { activateModelTypes, type ModelTypes, type RelationQuery } from "./active-model";
import { createEdgeTypes } from "./create-edge-types";
import { createEntityResolvers } from "./create-entity-resolvers";
import { createNodeTypes } from "./create-node-types";
import { registerModelEnums } from "./model-enums";
import { addPropertyFields } from "./property-fields";

/**
 * Derives the GraphQL layer of a model: its enums, an object type per label and per edge, the
 * resolvers for root queries and relation fields, and the relation table they share with the
 * prefetch planner. Runs once per process (see activateModelTypes).
 */
export function buildModelTypes(model: GraphModelSpec): ModelTypes {
  return activateModelTypes(model, () => {
    const view = viewOf(model);
    const enums = registerModelEnums(view);
    const nodeTypes = createNodeTypes(view, enums);
    const edgeTypes = createEdgeTypes(view, enums);
    addPropertyFields(Relationship, model.factProperties, enums);
    const { resolvers, relationQueries, wrapperEnds } = createEntityResolvers({ view, nodeTypes, edgeTypes, enums });
    relationQueries.Node = { mentions: { types: [view.mentionType] as RelationQuery["types"], direction: "OUTGOING" } };
    wrapperEnds[Relationship.name] = RELATIONSHIP_ENDS;
    return { view, enums, nodeTypes, resolvers, relationQueries, wrapperEnds };
  });
}
