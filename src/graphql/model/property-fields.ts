import { Field, Float, Int, type ClassType } from "type-graphql";
import type { PropertySpec } from "../../model/model-spec";
import { isEnum, type PropertyMap } from "../../model/model-view";
import { PartialDate, readPartialDate } from "../common/partial-date.type";
import type { EnumObject } from "./model-enums";

/** Anything whose GraphQL fields read stored properties: a node or a relationship. */
export interface HasProperties {
  properties: Record<string, unknown>;
}

/** A stored property's value as its field reads it: a date from its flattened parts, an enum value the enum no longer holds as null. */
export function readValue(spec: PropertySpec, properties: Record<string, unknown>, name: string): unknown {
  const value = properties[name];
  if (spec.type === "Date") return readPartialDate(properties, name);
  if (spec.type === "StringList") return Array.isArray(value) ? value : [];
  // A stored value the enum does not hold (data written before a value was renamed) reads as null
  // rather than failing the whole field; `properties` still shows what is stored.
  if (isEnum(spec.type)) return typeof value === "string" && Object.prototype.hasOwnProperty.call(spec.type.values, value) ? value : null;
  if (spec.type === "String") return typeof value === "string" ? value : spec.required ? "" : null;
  if (spec.type === "Int" || spec.type === "Float") return typeof value === "number" ? value : null;
  return typeof value === "boolean" ? value : null;
}

/** The GraphQL type of a property's field: its enum, or the scalar (a date's PartialDate) its type names. */
export function graphType(spec: PropertySpec, enums: Map<string, EnumObject>): () => object {
  if (isEnum(spec.type)) {
    const object = enums.get(spec.type.name) as EnumObject;
    return () => object;
  }
  const scalars = { String, Int, Float, Boolean, StringList: [String], Date: PartialDate };
  const type = scalars[spec.type];
  return () => type;
}

/**
 * Adds a GraphQL field for each declared property to `type`: a getter that reads the stored value
 * (a date is read back from its flattened parts), typed as the model says. Required properties and
 * lists are non-null; the rest are null when a source does not give them. A property with a history
 * keeps its getter but gets its field from the label's resolver, which adds the asOf argument.
 */
export function addPropertyFields(type: ClassType<HasProperties>, properties: PropertyMap, enums: Map<string, EnumObject>): void {
  for (const [name, spec] of Object.entries(properties)) {
    Object.defineProperty(type.prototype, name, {
      get(this: HasProperties) {
        return readValue(spec, this.properties, name);
      },
      configurable: true,
    });
    if (spec.history) continue;
    const nullable = !spec.required && spec.type !== "StringList";
    Field(graphType(spec, enums), { nullable, description: spec.description })(
      type.prototype,
      name,
      Object.getOwnPropertyDescriptor(type.prototype, name) as PropertyDescriptor,
    );
  }
}
