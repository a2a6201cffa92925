import { parse, validate, type GraphQLSchema } from "graphql";
import { buildGraphSchema } from "../../../../src/graphql/build-schema";
import { EXAMPLE_TABS, PREVIEW_HEADERS } from "../../../../src/web/ide/example-tabs";
import { DEVELOPMENT_API_KEY } from "../../../../src/config";

describe("the IDE's example tabs", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  it("are each a valid, named operation against the current schema", () => {
    for (const tab of EXAMPLE_TABS) {
      const document = parse(tab.query);
      expect(validate(schema, document)).toEqual([]);
      expect(document.definitions).toHaveLength(1);
      expect(document.definitions[0]).toMatchObject({ kind: "OperationDefinition", name: { kind: "Name" } });
      if (tab.variables) expect(() => JSON.parse(tab.variables!)).not.toThrow();
    }
  });

  it("each open with a one-line comment saying what they answer", () => {
    for (const tab of EXAMPLE_TABS) expect(tab.query).toMatch(/^# \S.*\n(#.*\n)*(query|mutation) /);
  });

  it("cover the analyst questions, a shortest path, a neighborhood, a search and an ingest preview", () => {
    const text = EXAMPLE_TABS.map((tab) => tab.query).join("\n");
    for (const field of ["agreement(", "shortestPath(", "neighborhood(", "search(", "previewExtraction("]) expect(text).toContain(field);
  });

  it("send the development API key with the ingest preview", () => {
    expect(JSON.parse(PREVIEW_HEADERS)).toEqual({ authorization: `Bearer ${DEVELOPMENT_API_KEY}` });
  });
});
