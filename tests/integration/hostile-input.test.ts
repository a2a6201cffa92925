import fc from "fast-check";
import { DEVELOPMENT_API_KEY } from "../../src/config";
import { useSeededApp } from "./support/test-app";

const INJECTIONS = [
  "'",
  '"',
  "\\",
  "`",
  "}) MATCH (n) DETACH DELETE n //",
  "') MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n RETURN 1 //',
  "` MATCH (n) DETACH DELETE n //",
  "\\u0027) MATCH (n) DETACH DELETE n //",
  "$ids",
  "{{types}}",
  "company:foton' OR 1=1 //",
  "*:* OR name:*",
  "\u0000\u202e",
];

/** Every string argument of the API, with the value to inject into. */
const TARGETS: [string, string][] = [
  ["company(name:)", `query($v: String!) { company(name: $v) { id } }`],
  ["node(id:)", `query($v: ID!) { node(id: $v) { id } }`],
  ["lookup(name:)", `query($v: String!) { lookup(name: $v) { id } }`],
  ["search(text:)", `query($v: String!) { search(text: $v) { score } }`],
  ["companies(filter.nameContains)", `query($v: String!) { companies(filter: { nameContains: $v }) { totalCount } }`],
  ["agreements(filter.kind)", `query($v: String!) { agreements(filter: { kind: $v }) { totalCount } }`],
  ["agreements(filter.relatedTo)", `query($v: ID!) { agreements(filter: { relatedTo: $v }) { totalCount } }`],
  ["shortestPath(from:, to:)", `query($v: ID!) { shortestPath(from: $v, to: "company:catl") { length } }`],
  ["neighborhood(id:)", `query($v: ID!) { neighborhood(id: $v) { truncated } }`],
  ["timeline(entity:)", `query($v: ID!) { timeline(entity: $v) { edges { node { date { text } } } } }`],
  ["commonConnections(a:, b:)", `query($v: ID!) { commonConnections(a: $v, b: $v) { node { id } } }`],
  ["people(after:)", `query($v: String!) { people(after: $v) { totalCount } }`],
  ["previewExtraction(text:)", `mutation($v: String!) { previewExtraction(text: $v) { sentences } }`],
  ["deleteDocument(id:)", `mutation($v: ID!) { deleteDocument(id: $v) { documentId } }`],
];

const EXPECTED_CODES = new Set(["NOT_FOUND", "BAD_USER_INPUT", "QUERY_LIMIT_EXCEEDED"]);

describe("hostile input", () => {
  const { graph, app } = useSeededApp();
  const writer = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };

  it.each(TARGETS)("treats Cypher in %s as plain data: the graph is unchanged and answers stay correct", async (_name, query) => {
    const before = await graph().counts();
    for (const value of INJECTIONS) {
      const { errors } = await app().query(query, { v: value }, writer);
      for (const error of errors ?? []) expect(EXPECTED_CODES).toContain(error.extensions!.code);
    }
    expect(await graph().counts()).toEqual(before);
    const { data } = await app().query(`{ company(name: "Foton") { id executives { title } } }`);
    expect(data.company.id).toBe("company:foton");
    expect(data.company.executives).toHaveLength(7);
  });

  it("answers random documents and variables with well-formed responses, and stays up", async () => {
    const vocabulary = [
      "{",
      "}",
      "(",
      ")",
      ":",
      "...",
      "query",
      "mutation",
      "fragment",
      "on",
      "company",
      "companies",
      "people",
      "edges",
      "node",
      "id",
      "name",
      "first",
      "$v",
      "Int",
      "String!",
      "search",
      "text",
      "__schema",
      "__typename",
      "@include(if: true)",
      '"x"',
      "1",
      "-1",
      "null",
      "[",
      "]",
      "!",
      "=",
    ];
    const documents = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }).map((tokens) => tokens.join(" ")),
    );
    const variables = fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom("v", "id", "first"), fc.jsonValue({ maxDepth: 2 })));
    await fc.assert(
      fc.asyncProperty(documents, variables, async (query, vars) => {
        const response = await fetch(`${app().url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables: vars }),
        });
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as { data?: unknown; errors?: unknown };
        expect(body.data !== undefined || Array.isArray(body.errors)).toBe(true);
      }),
      { numRuns: 300, seed: 20261122 },
    );
    expect((await fetch(`${app().url}/health`)).status).toBe(200);
  });
});
