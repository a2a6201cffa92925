import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested, validate } from "class-validator";
import {
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  locatedError,
  parse,
  type FieldNode,
  type OperationDefinitionNode,
} from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { testConfigFor } from "./test-config";
import { loadConfig } from "../../../src/config";
import { formatError } from "../../../src/server/format-error";
import { queryLimits } from "../../../src/server/query-limits";
import { DateInput } from "../../../src/graphql/common/date-input.scalar";
import { InRange } from "../../../src/graphql/common/in-range";
import { InvalidFactsError, NotFoundError } from "../../../src/errors";

const internal = new GraphQLError("Unexpected", {
  originalError: new Error("Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n at bolt://10.0.0.5:7687"),
  extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["Error: at neo4j-driver/lib/session.js:42"] },
});

describe("formatError", () => {
  it("masks an unexpected error in production: no message, no stack, no Cypher", () => {
    const formatted = formatError(testConfigFor("production"))({ message: internal.originalError!.message, extensions: internal.extensions }, internal);
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keeps the errors of this API, with their code and message, but never a stack in production", () => {
    const error = new NotFoundError("Company", "Tesla");
    const formatted = formatError(testConfigFor("production"))({ message: error.message, extensions: { ...error.extensions, stacktrace: ["x"] } }, error);
    expect(formatted.message).toBe(error.message);
    expect(formatted.extensions).toEqual({ code: "NOT_FOUND", id: "Tesla" });
  });

  it("keeps a facts file's problems as INVALID_FACTS with the list, never as an internal error", () => {
    const error = new InvalidFactsError("001.facts.yaml", ['entity company:x: property "colour" is not declared for Company (declared: kind, description)']);
    const formatted = formatError(testConfigFor("production"))({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.message).toContain("001.facts.yaml: 1 problem; nothing of this document was written");
    expect(formatted.extensions).toEqual({
      code: "INVALID_FACTS",
      source: "001.facts.yaml",
      problems: [expect.stringContaining('property "colour" is not declared for Company')],
    });
  });
});

class RangeFilter {
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "dateFrom must be an ISO date (YYYY-MM-DD) such as 2022-01-01" })
  dateFrom?: string;

  @IsOptional()
  @MaxLength(5)
  kind?: string;
}

class PageArgs {
  @InRange(1, 100)
  first!: number;

  @Min(0, { message: "offset must be at least 0" })
  @Max(10, { message: "offset must be at most 10" })
  offset!: number;

  @IsOptional()
  @ValidateNested()
  filter?: RangeFilter;
}

/** What a client gets for type-graphql's refusal of `args` on the field `companies`, as Apollo hands it to formatError. */
async function refusalOf(args: PageArgs, env: "development" | "production" = "development") {
  const failures = await validate(args, { forbidUnknownValues: false });
  const field = (parse("{ companies(first: 1) { id } }").definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
  const error = locatedError(new ArgumentValidationError(failures), [field], ["companies"]);
  return formatError(testConfigFor(env))({ message: error.message, path: ["companies"], extensions: error.extensions }, error);
}

const page = (values: Partial<PageArgs>) => Object.assign(new PageArgs(), { first: 10, offset: 0, ...values });

describe("formatError on argument validation", () => {
  it("says what was wrong instead of Argument Validation Error, with BAD_USER_INPUT and the problem per argument", async () => {
    const formatted = await refusalOf(page({ first: 101 }));
    expect(formatted.message).toBe("first must be between 1 and 100");
    expect(formatted.extensions).toEqual({
      code: "BAD_USER_INPUT",
      problems: [{ argument: "first", constraints: { inRange: "first must be between 1 and 100" } }],
    });
    expect(formatted.path).toEqual(["companies"]);
  });

  it("joins several arguments' messages with '; ' and names nested input fields by their path", async () => {
    const formatted = await refusalOf(page({ first: 0, offset: 11, filter: Object.assign(new RangeFilter(), { dateFrom: "June 2024", kind: "PLANTATION" }) }));
    expect(formatted.message).toBe(
      "first must be between 1 and 100; offset must be at most 10; filter.dateFrom must be an ISO date (YYYY-MM-DD) such as 2022-01-01; filter.kind must be shorter than or equal to 5 characters",
    );
    expect((formatted.extensions!.problems as { argument: string }[]).map((problem) => problem.argument)).toEqual([
      "first",
      "offset",
      "filter.dateFrom",
      "filter.kind",
    ]);
  });

  it("never echoes the values sent or the arguments object, in development as in production", async () => {
    for (const env of ["development", "production"] as const) {
      const formatted = await refusalOf(page({ first: 7777, filter: Object.assign(new RangeFilter(), { dateFrom: "secret-value" }) }), env);
      const text = JSON.stringify(formatted);
      expect(text).not.toContain("7777");
      expect(text).not.toContain("secret-value");
      expect(formatted.extensions).not.toHaveProperty("validationErrors");
    }
  });
});

describe("errors through Apollo, with this server's rules and formatError", () => {
  const filterType = new GraphQLInputObjectType({ name: "Filter", fields: { dateFrom: { type: DateInput } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        on: { type: GraphQLString, args: { date: { type: DateInput } }, resolve: (_root, args: { date: { value: string } }) => args.date.value },
        from: { type: GraphQLString, args: { filter: { type: filterType } }, resolve: () => "ok" },
        name: { type: GraphQLString, resolve: () => "x" },
      },
    }),
  });

  async function run(env: "development" | "production", query: string, variables?: Record<string, unknown>) {
    const config = loadConfig({ NODE_ENV: env, API_KEYS: "unit-test-key-0123456789", MAX_QUERY_DEPTH: "3", MAX_ALIASES: "2" });
    const server = new ApolloServer({ schema, validationRules: queryLimits(config), formatError: formatError(config), introspection: true });
    await server.start();
    try {
      const { body } = await server.executeOperation({ query, variables });
      if (body.kind !== "single") throw new Error("expected a single result");
      return body.singleResult.errors ?? [];
    } finally {
      await server.stop();
    }
  }

  it("answers an impossible date written in the query with BAD_USER_INPUT and the scalar's message, not GRAPHQL_VALIDATION_FAILED", async () => {
    const errors = await run("development", `{ on(date: "2024-02-30") }`);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^"2024-02-30" is not a date: give a year \(2024\)/);
    expect(errors[0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("answers an impossible date in a variable with BAD_USER_INPUT, naming the variable once and the value once", async () => {
    const errors = await run("development", `query($d: DateInput) { on(date: $d) }`, { d: "2024-13" });
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^Variable "\$d": "2024-13" is not a date: give a year/);
    expect(errors[0].message.split("2024-13")).toHaveLength(2);
    expect(errors[0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("names the input field of a variable the date scalar refused", async () => {
    const errors = await run("development", `query($f: Filter) { from(filter: $f) }`, { f: { dateFrom: "someday" } });
    expect(errors[0].message).toMatch(/^Variable "\$f" at "f.dateFrom": "someday" is not a date/);
    expect(errors[0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("keeps QUERY_LIMIT_EXCEEDED, the limit, its maximum and the figure found on a refusal Apollo found during validation", async () => {
    const errors = await run("production", `{ a: name b: name c: __typename }`);
    expect(errors).toEqual([
      expect.objectContaining({
        message: "3 aliases exceed the limit of 2: ask for fewer aliased fields, or split the query",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "aliases", max: 2, found: 3 },
      }),
    ]);
  });

  it("drops 'Did you mean' suggestions in production, and keeps them in development", async () => {
    const [hidden] = await run("production", `{ nam }`);
    expect(hidden.message).toBe('Cannot query field "nam" on type "Query".');
    const [shown] = await run("development", `{ nam }`);
    expect(shown.message).toBe('Cannot query field "nam" on type "Query". Did you mean "name"?');
  });

  it("keeps graphql's own validation errors as GRAPHQL_VALIDATION_FAILED", async () => {
    const [error] = await run("development", `{ on(date: "2024", extra: 1) }`);
    expect(error.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
