import { Kind, OperationTypeNode, parse, validate, type GraphQLSchema } from "graphql";
import { buildGraphSchema } from "../../src/graphql/build-schema";
import { graphqlExamples } from "./support/doc-files";
import { useSeededApp } from "./support/test-app";

const isMutation = (query: string) =>
  parse(query).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION);

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

  it.each(examples.filter((example) => !isMutation(example.query)).map((example) => [example.heading, example.query]))(
    "answer without errors on the seed graph: %s",
    async (_heading, query) => {
      const { errors } = await seeded.app().query(query);
      expect(errors).toBeUndefined();
    },
  );
});
