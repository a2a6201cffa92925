import type { ModelView } from "../../model/model-view";
import { registerDescribedEnum } from "../common/register-described-enum";

export type EnumObject = Record<string, string>;

/** The enums every model has, whatever its labels: their GraphQL names. */
export const NODE_LABEL_ENUM = "NodeLabel";
export const RELATIONSHIP_TYPE_ENUM = "RelationshipType";

/** An enum object (each value named after itself) registered with a description per value. */
function register(name: string, description: string, values: Record<string, string>): EnumObject {
  return registerDescribedEnum(Object.fromEntries(Object.keys(values).map((value) => [value, value])), name, description, values);
}

/**
 * Registers the model's enums with type-graphql: the node labels and relationship types (each value
 * described by its declaration), the timeline kinds, and every categorical property's enum. Returns
 * the enum objects by GraphQL name, for field and argument declarations to refer to.
 */
export function registerModelEnums(view: ModelView): Map<string, EnumObject> {
  const { model } = view;
  const enums = new Map<string, EnumObject>();
  enums.set(
    NODE_LABEL_ENUM,
    register(NODE_LABEL_ENUM, "The kinds of node in the graph.", Object.fromEntries(view.labels.map((label) => [label, model.labels[label].description]))),
  );
  enums.set(
    RELATIONSHIP_TYPE_ENUM,
    register(
      RELATIONSHIP_TYPE_ENUM,
      "The kinds of relationship in the graph.",
      Object.fromEntries(view.relationshipTypes.map((type) => [type, model.relationships[type].description])),
    ),
  );
  for (const spec of view.enums()) enums.set(spec.name, register(spec.name, spec.description, spec.values));
  return enums;
}
