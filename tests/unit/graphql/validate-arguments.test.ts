import "reflect-metadata";
import { ArgumentValidationError } from "type-graphql";
import { EntityArgs } from "../../../src/graphql/entity/entity.args";
import { validateArguments } from "../../../src/graphql/validate-arguments";

const entityArgs = (values: Partial<EntityArgs>) => Object.assign(new EntityArgs(), values);

describe("validateArguments (type-graphql's validateFn)", () => {
  it("passes arguments that keep their class's rules, and leaves out the ones not given", async () => {
    await expect(validateArguments(entityArgs({ name: "Foton" }))).resolves.toBeUndefined();
    await expect(validateArguments(entityArgs({ id: "company:foton" }))).resolves.toBeUndefined();
    await expect(validateArguments(entityArgs({}))).resolves.toBeUndefined();
  });

  it("refuses an argument that breaks a rule with type-graphql's ArgumentValidationError, naming the property and the rule", async () => {
    const error = (await validateArguments(entityArgs({ name: "x".repeat(201) })).catch((caught: unknown) => caught)) as ArgumentValidationError;
    expect(error).toBeInstanceOf(ArgumentValidationError);
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.validationErrors.map((failure) => [failure.property, Object.keys(failure.constraints ?? {})])).toEqual([["name", ["maxLength"]]]);
  });

  it("checks each object of a list, and lets scalars, null and objects of classes without rules through", async () => {
    await expect(validateArguments([entityArgs({ name: "Foton" }), null, 3])).resolves.toBeUndefined();
    await expect(validateArguments([entityArgs({ name: "Foton" }), entityArgs({ id: "not an id" })])).rejects.toBeInstanceOf(ArgumentValidationError);
    for (const value of ["text", 42, null, undefined, { any: "thing" }]) await expect(validateArguments(value)).resolves.toBeUndefined();
  });
});
