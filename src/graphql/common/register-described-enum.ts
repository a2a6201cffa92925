import { registerEnumType } from "type-graphql";

/**
 * Registers an enum with type-graphql with a description for the enum and for each of its values,
 * so that a client discovers what every value means; `descriptions` names every value, and the
 * compiler holds it to the enum's keys.
 */
export function registerDescribedEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  descriptions: { [K in keyof E]: string },
): E {
  const valuesConfig = Object.fromEntries(Object.entries(descriptions).map(([value, text]) => [value, { description: text }])) as Partial<
    Record<keyof E, { description: string }>
  >;
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}
