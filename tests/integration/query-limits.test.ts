import { startTestApp, useSeededApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

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

  /** Sends a query and checks it was refused with QUERY_LIMIT_EXCEEDED for `limit`, without a single Cypher statement. */
  async function expectRefused(query: string, limit: string, variables?: Record<string, unknown>, operationName?: string) {
    const before = graph().gateway.statementsSent;
    const { json } = await post(app(), JSON.stringify({ query, variables, operationName }));
    expect(json.data ?? null).toBeNull();
    const error = json.errors.find((e: any) => e.extensions?.code === "QUERY_LIMIT_EXCEEDED");
    expect(error).toBeDefined();
    expect(error.extensions.limit).toBe(limit);
    expect(error.message).toMatch(/limit/i);
    expect(graph().gateway.statementsSent).toBe(before);
  }

  it("answers a query within every limit", async () => {
    const { data, errors } = await app().query(`{ company(id: "company:iveco") { parents { name parents { name } } } }`);
    expect(errors).toBeUndefined();
    expect(data.company.parents).toEqual([{ name: "Iveco Group", parents: [] }]);
  });

  it("refuses a query deeper than 10", async () => {
    await expectRefused(deep(11), "depth");
  });

  it("counts depth through fragments, even one named __schema", async () => {
    const query = `{ company(id: "company:iveco") { ...__schema } }
      fragment __schema on Company { ${"parents { ".repeat(11)}name${" }".repeat(11)} }`;
    await expectRefused(query, "depth");
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: company(id: "company:foton") { id }`).join(" ");
    await expectRefused(`{ ${aliases} }`, "aliases");
  });

  it("refuses more than 50 directives", async () => {
    await expectRefused(`{ company(id: "company:foton") { id ${"@include(if: true) ".repeat(51)} } }`, "directives");
  });

  it("refuses more than 1,000 tokens", async () => {
    await expectRefused(`{ company(id: "company:foton") { ${"id ".repeat(1000)} } }`, "tokens");
  });

  it("prices lists by their page size and refuses a cost over 5,000, whatever the operation is called", async () => {
    const query = `query IntrospectionQuery { companies(first: 100) { edges { node { relationships(first: 100) { relationship { type } node { id } } } } } }`;
    await expectRefused(query, "cost", undefined, "IntrospectionQuery");
    await expectRefused(`query($n: Int!) { people(first: $n) { edges { node { relationships(first: $n) { relationship { type } } } } } }`, "cost", { n: 2 });
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
  let graph: TestGraph;
  let app: TestApp;

  beforeAll(async () => {
    graph = await openTestGraph();
    app = await startTestApp(testConfig({ NODE_ENV: "production", API_KEYS: "production-key-0123456789" }), graph.gateway);
  });
  afterAll(async () => {
    await app.close();
    await graph.close();
  });

  it("turns introspection off", async () => {
    const { errors } = await app.query(`{ __schema { types { name } } }`);
    expect(errors![0].message).toMatch(/introspection/i);
  });

  it("gives no field suggestions", async () => {
    const { errors } = await app.query(`{ company(id: "company:foton") { nam } }`);
    expect(errors![0].message).not.toMatch(/did you mean/i);
  });

  it("still refuses a query over a limit", async () => {
    const { errors } = await app.query(deep(11));
    expect(errors![0].extensions!.code).toBe("QUERY_LIMIT_EXCEEDED");
  });

  it("has no development key", async () => {
    const { errors } = await app.query(`mutation { deleteDocument(id: "document:x") { documentId } }`, {}, { authorization: "Bearer knowledge-graph-dev-key" });
    expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});

describe("batching, when enabled", () => {
  let graph: TestGraph;
  let app: TestApp;

  beforeAll(async () => {
    graph = await openTestGraph();
    app = await startTestApp(testConfig({ ALLOW_BATCHING: "true" }), graph.gateway);
  });
  afterAll(async () => {
    await app.close();
    await graph.close();
  });

  it("answers each operation of a batch of up to 10", async () => {
    const { status, json } = await post(app, JSON.stringify(Array.from({ length: 10 }, () => ({ query: "{ __typename }" }))));
    expect(status).toBe(200);
    expect(json).toHaveLength(10);
  });

  it("refuses a batch of 11 before running any of it", async () => {
    const { status, json } = await post(app, JSON.stringify(Array.from({ length: 11 }, () => ({ query: "{ __typename }" }))));
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "batch", max: 10 });
  });
});
