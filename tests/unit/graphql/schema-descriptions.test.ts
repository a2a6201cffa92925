import "reflect-metadata";
import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { buildGraphSchema } from "../../../src/graphql/build-schema";

/** Every place of a schema a description belongs, by its coordinate (Type, Type.field, Type.field(arg:), Enum.VALUE), that has none. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe("the schema's descriptions", () => {
  it("describe every type, field, argument, input field and enum value", async () => {
    expect(undescribed(await buildGraphSchema())).toEqual([]);
  });

  it("are checked everywhere: an undescribed field is reported by its coordinate", async () => {
    const { buildSchema } = await import("graphql");
    const bare = buildSchema('"A query." type Query { "Described." a(x: Int): Int b: Int }');
    expect(undescribed(bare)).toEqual(["Query.a(x:)", "Query.b"]);
  });
});
