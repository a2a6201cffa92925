import { ObjectType, type ClassType } from "type-graphql";
import type { ModelView } from "../../model/model-view";
import { Node } from "../node/node.interface";
import type { EnumObject } from "./model-enums";
import { addPropertyFields } from "./property-fields";

/** A class named after a label, so that stack traces and type-graphql's messages name it. */
function namedSubclass<T extends abstract new () => object>(base: T, name: string): ClassType<InstanceType<T>> {
  return { [name]: class extends (base as unknown as new () => object) {} }[name] as unknown as ClassType<InstanceType<T>>;
}

/**
 * One GraphQL object type per label of the model, implementing Node, with a field for each declared
 * property. Relation fields are added by the label's resolver (see createEntityResolvers).
 */
export function createNodeTypes(view: ModelView, enums: Map<string, EnumObject>): Map<string, ClassType<Node>> {
  const types = new Map<string, ClassType<Node>>();
  for (const label of view.labels) {
    const type = namedSubclass(Node, label);
    addPropertyFields(type, view.propertiesOf(label), enums);
    ObjectType(label, { implements: Node, description: view.label(label).description })(type);
    types.set(label, type);
  }
  return types;
}

export { namedSubclass };
