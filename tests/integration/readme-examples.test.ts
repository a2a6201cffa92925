import fs from "node:fs";
import path from "node:path";
import { Kind, OperationTypeNode, parse, validate, type GraphQLSchema } from "graphql";
import { PROJECT_ROOT } from "../../src/config";
import { buildGraphSchema } from "../../src/graphql/build-schema";
import { useSeededApp } from "./support/test-app";

/** Every ```graphql block of the README, with the heading it stands under. */
function readmeExamples(): { heading: string; query: string }[] {
  const markdown = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
  const examples: { heading: string; query: string }[] = [];
  let heading = "";
  for (const block of markdown.split(/^```/m).map((part, index) => ({ part, inside: index % 2 === 1 }))) {
    if (!block.inside) heading = [...block.part.matchAll(/^#+ (.*)$/gm)].at(-1)?.[1] ?? heading;
    else if (block.part.startsWith("graphql\n")) examples.push({ heading, query: block.part.slice("graphql\n".length) });
  }
  return examples;
}

const isMutation = (query: string) =>
  parse(query).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION);

describe("the README's example queries", () => {
  const examples = readmeExamples();
  const seeded = useSeededApp();
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  it("are there to check", () => {
    expect(examples.length).toBeGreaterThan(15);
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
