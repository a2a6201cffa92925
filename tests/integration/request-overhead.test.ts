import type { ValidationContext, ValidationRule } from "graphql";
import * as queryLimitsModule from "../../src/server/query-limits";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

/*
 * What a request does not pay for twice: a document is parsed and validated (the limit rules
 * included) once, then Apollo's document cache answers for the same text; and no plugin hooks every
 * field. Behaviour only: how long anything takes is the bench's business (npm run bench -- --overhead).
 */
describe("work a request does not repeat", () => {
  let graph: TestGraph;
  let app: TestApp;
  /** How many times the limit rules have checked a document. */
  let validations = 0;

  beforeAll(async () => {
    const queryLimits = queryLimitsModule.queryLimits;
    // Counts the documents the first limit rule is asked to check, as the server really runs it.
    jest.spyOn(queryLimitsModule, "queryLimits").mockImplementation((config) => {
      const [first, ...rest] = queryLimits(config);
      const counted: ValidationRule = (context: ValidationContext) => {
        validations += 1;
        return first(context);
      };
      return [counted, ...rest];
    });
    graph = await openTestGraph();
    await graph.reset();
    app = await startTestApp(graph.config, graph.gateway);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
    await graph.close();
  });

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });

  it("validates a document once: the same text again, with other variables, is answered without the limit rules", async () => {
    const query = "query Lookup($name: String!) { company(name: $name) { id name } }";
    const before = validations;
    const first = (await (await post(query, { name: "Foton" })).json()) as { data: { company: { id: string } } };
    const second = (await (await post(query, { name: "CATL" })).json()) as { data: { company: { id: string } } };
    expect(first.data.company.id).toBe("company:foton");
    expect(second.data.company.id).toBe("company:catl");
    expect(validations - before).toBe(1);
  });

  it("validates a changed document again, even when only a comment changed", async () => {
    const query = "query Lookup2($name: String!) { company(name: $name) { id } }";
    const before = validations;
    await post(query, { name: "Foton" });
    await post(`${query}\n# another text`, { name: "Foton" });
    await post(`${query}\n# another text`, { name: "Foton" });
    expect(validations - before).toBe(2);
  });

  it("refuses a document over a limit every time it comes: a refusal is not kept as a validated document", async () => {
    const deep = `{ company(id: "company:iveco") { ${"parents { ".repeat(11)}name${" }".repeat(11)} } }`;
    const before = validations;
    for (let i = 0; i < 2; i++) {
      const body = (await (await post(deep)).json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("QUERY_LIMIT_EXCEEDED");
    }
    expect(validations - before).toBe(2);
  });

  it("answers GraphQL with Cache-Control: no-store and no ETag; the pages keep their ETag", async () => {
    const response = await post("{ __typename }");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
    const page = await fetch(`${app.url}/`, { headers: { accept: "text/html" } });
    expect(page.headers.get("etag")).not.toBeNull();
  });
});
