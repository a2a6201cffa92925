import { Kind, OperationTypeNode, parse, validate, type GraphQLSchema } from "graphql";
import { buildGraphSchema } from "../../src/graphql/build-schema";
import { graphqlExamples } from "./support/doc-files";
import { useSeededApp } from "./support/test-app";

/** Mutations would change the seed graph, and subscriptions do not run over HTTP (tests/integration/live.test.ts runs them): only queries are sent. */
const isQuery = (query: string) =>
  parse(query).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === OperationTypeNode.QUERY);

describe("the example queries of the README and docs/", () => {
  const examples = graphqlExamples().map(({ file, heading, query }) => ({ heading: `${file}: ${heading}`, query }));
  const seeded = useSeededApp();
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  it("are there to check", () => {
    expect(examples.length).toBeGreaterThan(15);
    expect(new Set(examples.map((example) => example.heading.split(":")[0])).size).toBeGreaterThan(3);
  });

  it.each(examples.map((example) => [example.heading, example.query]))("validate against the schema: %s", (_heading, query) => {
    expect(validate(schema, parse(query))).toEqual([]);
  });

  it.each(examples.filter((example) => isQuery(example.query)).map((example) => [example.heading, example.query]))(
    "answer without errors on the seed graph: %s",
    async (_heading, query) => {
      const { errors } = await seeded.app().query(query);
      expect(errors).toBeUndefined();
    },
  );
});
