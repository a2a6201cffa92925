import { ObjectType, type ClassType } from "type-graphql";
import type { ModelView } from "../../model/model-view";
import { namedSubclass } from "./create-node-types";
import { addEdgeFields, FactEdge } from "./fact-edge.type";
import type { EnumObject } from "./model-enums";
import { addPropertyFields } from "./property-fields";

/**
 * One GraphQL object type per relationship type that declares an edge (HOLDS_POSITION's Position),
 * with a field for each of its properties. The fields for its two end nodes are added by its resolver.
 */
export function createEdgeTypes(view: ModelView, enums: Map<string, EnumObject>): Map<string, ClassType<FactEdge>> {
  const types = new Map<string, ClassType<FactEdge>>();
  for (const relationshipType of view.relationshipTypes) {
    const edge = view.relationship(relationshipType).edge;
    if (!edge) continue;
    const type = namedSubclass(FactEdge, edge.name);
    addEdgeFields(type);
    addPropertyFields(type, view.relationshipPropertiesOf(relationshipType), enums);
    ObjectType(edge.name, { description: edge.description })(type);
    types.set(relationshipType, type);
  }
  return types;
}
