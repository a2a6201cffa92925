import { getIntrospectionQuery } from "graphql";
import { PRODUCTION_ENV, useSeededApp, useTestApp, type TestApp } from "./support/test-app";

/** A company's parents, `levels` deep, as one query. */
const deep = (levels: number) => `{ company(id: "company:iveco") { ${"parents { ".repeat(levels)}name${" }".repeat(levels)} } }`;

async function post(app: TestApp, body: string, headers: Record<string, string> = { "content-type": "application/json" }) {
  const response = await fetch(`${app.url}/graphql`, { method: "POST", headers, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text };
}

describe("query limits, with the default configuration", () => {
  const { graph, app } = useSeededApp();

  /**
   * Sends a query and checks it was refused with QUERY_LIMIT_EXCEEDED for `limit`, with a message that
   * gives the figure found and the maximum, without a single Cypher statement. Returns the refusal.
   */
  async function expectRefused(query: string, limit: string, message: RegExp, variables?: Record<string, unknown>, operationName?: string) {
    const before = graph().gateway.statementsSent;
    const { status, json } = await post(app(), JSON.stringify({ query, variables, operationName }));
    expect(status).toBe(400);
    expect(json.data ?? null).toBeNull();
    const error = json.errors.find((e: any) => e.extensions?.code === "QUERY_LIMIT_EXCEEDED");
    expect(error).toBeDefined();
    expect(error.extensions.limit).toBe(limit);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/Syntax Error/);
    expect(error.message).toContain(`exceed`);
    expect(error.message).toContain(`the limit of ${error.extensions.max}:`);
    expect(error.extensions.found).toBeGreaterThan(error.extensions.max);
    expect(graph().gateway.statementsSent).toBe(before);
    return error;
  }

  it("answers a query within every limit", async () => {
    const { data, errors } = await app().query(`{ company(id: "company:iveco") { parents { name parents { name } } } }`);
    expect(errors).toBeUndefined();
    expect(data.company.parents).toEqual([{ name: "Iveco Group", parents: [] }]);
  });

  it("refuses a query deeper than 10, saying how deep it is", async () => {
    const error = await expectRefused(deep(11), "depth", /^query depth 13 exceeds the limit of 10: select fewer nested levels/);
    expect(error.extensions).toMatchObject({ max: 10, found: 13 });
  });

  it("counts depth through fragments, even one named __schema", async () => {
    const query = `{ company(id: "company:iveco") { ...__schema } }
      fragment __schema on Company { ${"parents { ".repeat(11)}name${" }".repeat(11)} }`;
    await expectRefused(query, "depth", /^query depth 13 exceeds the limit of 10/);
  });

  it("refuses more than 15 aliases, saying how many", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: company(id: "company:foton") { id }`).join(" ");
    const error = await expectRefused(`{ ${aliases} }`, "aliases", /^16 aliases exceed the limit of 15: ask for fewer aliased fields/);
    expect(error.extensions).toMatchObject({ max: 15, found: 16 });
  });

  it("counts aliased __typename fields: 300 of them are refused", async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `t${i}: __typename`).join(" ");
    await expectRefused(`{ ${aliases} }`, "aliases", /^300 aliases exceed the limit of 15/);
  });

  it("refuses more than 50 directives", async () => {
    await expectRefused(`{ company(id: "company:foton") { id ${"@include(if: true) ".repeat(51)} } }`, "directives", /^51 directives exceed the limit of 50/);
  });

  it("refuses more than 1,000 tokens, saying how many", async () => {
    const error = await expectRefused(
      `{ company(id: "company:foton") { ${"id ".repeat(1000)} } }`,
      "tokens",
      /^1010 tokens exceed the limit of 1000: send a shorter query/,
    );
    expect(error.extensions).toMatchObject({ max: 1000, found: 1010 });
  });

  it("stops counting tokens at ten times the limit and says 'at least'", async () => {
    const error = await expectRefused(`{ ${"__typename ".repeat(20_000)} }`, "tokens", /^at least 10001 tokens exceed the limit of 1000/);
    expect(error.extensions.found).toBe(10_001);
  });

  it("prices lists by their page size and refuses a cost over 5,000, whatever the operation is called", async () => {
    const query = `query IntrospectionQuery { companies(first: 100) { edges { node { relationships(first: 100) { relationship { type } node { id } } } } } }`;
    await expectRefused(query, "cost", /^query cost \d+ exceeds the limit of 5000: ask for smaller pages/, undefined, "IntrospectionQuery");
    const byVariable = `query($n: Int!) { people(first: $n) { edges { node { relationships(first: $n) { relationship { type } } } } } }`;
    await expectRefused(byVariable, "cost", /^query cost \d+ exceeds the limit of 5000/, { n: 2 });
  });

  it.each([
    [
      "every option GraphiQL and graphql know",
      { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true },
    ],
    ["the options GraphiQL 5 sends by default", { inputValueDeprecation: true, schemaDescription: true }],
    ["graphql's defaults", {}],
  ])("answers the standard introspection query with %s, deeper than the depth limit as it is", async (_options, options) => {
    const { errors, data } = await app().query(getIntrospectionQuery(options));
    expect(errors).toBeUndefined();
    expect(data.__schema.types.map((type: { name: string }) => type.name)).toContain("Company");
  });

  it("refuses an introspection nested deeper than the standard introspection query", async () => {
    const query = `{ __type(name: "Company") { fields { type { ${"ofType { ".repeat(20)}name${" }".repeat(20)} } } } }`;
    const error = await expectRefused(
      query,
      "introspectionDepth",
      /^introspection depth 24 exceeds the limit of \d+: nest introspection no deeper than the standard/,
    );
    expect(error.extensions.found).toBe(24);
  });

  it("refuses a hand-written introspection that walks fields of fields of fields", async () => {
    const query = `{ __schema { types { ${"fields { type { ".repeat(7)}name${" } }".repeat(7)} } } }`;
    await expectRefused(query, "introspectionDepth", /^introspection depth 17 exceeds/);
  });

  it("gives an operation named __schema no exemption, introspecting or not", async () => {
    const introspecting = `query __schema { __schema { types { ${"ofType { ".repeat(20)}name${" }".repeat(20)} } } }`;
    await expectRefused(introspecting, "introspectionDepth", /^introspection depth 23 exceeds/, undefined, "__schema");
    const ordinary = `query __schema { company(id: "company:iveco") { ${"parents { ".repeat(11)}name${" }".repeat(11)} } }`;
    await expectRefused(ordinary, "depth", /^query depth 13 exceeds the limit of 10/, undefined, "__schema");
  });

  it("refuses a page size over 100 with BAD_USER_INPUT", async () => {
    const { errors } = await app().query(`{ companies(first: 101) { totalCount } }`);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("answers 413 to a body over 1 MB", async () => {
    const { status, json } = await post(app(), JSON.stringify({ query: `{ company(name: "${"x".repeat(1_100_000)}") { id } }` }));
    expect(status).toBe(413);
    expect(json.errors[0].extensions.code).toBe("REQUEST_TOO_LARGE");
  });

  it("refuses a batch of operations while batching is off", async () => {
    const { status } = await post(app(), JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
    expect(status).toBe(400);
  });

  it.each([
    ["malformed JSON", "{ not json", { "content-type": "application/json" }],
    ["a text/plain body (CSRF prevention)", JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" }],
    [
      "invalid variables",
      JSON.stringify({ query: "query($id: ID!) { company(id: $id) { id } }", variables: { id: { nested: true } } }),
      { "content-type": "application/json" },
    ],
    ["an unknown operation name", JSON.stringify({ query: "query A { __typename }", operationName: "B" }), { "content-type": "application/json" }],
    ["an empty body", "", { "content-type": "application/json" }],
    ["a syntax error", JSON.stringify({ query: "{ company(" }), { "content-type": "application/json" }],
  ])("answers %s with a 4xx, never a 500", async (_case, body, headers) => {
    const { status } = await post(app(), body, headers);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});

describe("query limits and errors in production", () => {
  const { client: app } = useTestApp({ env: PRODUCTION_ENV });

  it("turns introspection off", async () => {
    const { errors } = await app.query(`{ __schema { types { name } } }`);
    expect(errors![0].message).toMatch(/introspection/i);
  });

  it("gives no field suggestions", async () => {
    const { errors } = await app.query(`{ company(id: "company:foton") { nam } }`);
    expect(errors![0].message).toBe('Cannot query field "nam" on type "Company".');
  });

  it("gives no enum value suggestions for a variable either", async () => {
    const { errors } = await app.query(`query($o: EntityOrder) { companies(orderBy: $o) { totalCount } }`, { o: "NAME_AS" });
    expect(errors![0].message).not.toMatch(/did you mean|NAME_ASC/i);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("still refuses a query over a limit, with the same message", async () => {
    const { errors } = await app.query(deep(11));
    expect(errors![0].message).toMatch(/^query depth 13 exceeds the limit of 10:/);
    expect(errors![0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth", max: 10, found: 13 });
  });

  it("has no development key", async () => {
    const { errors } = await app.query(`mutation { deleteDocument(id: "document:x") { documentId } }`, {}, { authorization: "Bearer knowledge-graph-dev-key" });
    expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});

describe("batching, when enabled", () => {
  const { client: app } = useTestApp({ env: { ALLOW_BATCHING: "true" } });

  it("answers each operation of a batch of up to 10", async () => {
    const { status, json } = await post(app, JSON.stringify(Array.from({ length: 10 }, () => ({ query: "{ __typename }" }))));
    expect(status).toBe(200);
    expect(json).toHaveLength(10);
  });

  it("refuses a batch of 11 before running any of it", async () => {
    const { status, json } = await post(app, JSON.stringify(Array.from({ length: 11 }, () => ({ query: "{ __typename }" }))));
    expect(status).toBe(400);
    expect(json.errors[0].message).toBe("11 operations in a batch exceed the limit of 10: send fewer operations per request");
    expect(json.errors[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "batch", max: 10, found: 11 });
  });
});
