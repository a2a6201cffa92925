import { Writable } from "node:stream";
import pino from "pino";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

describe("request ids and structured logs", () => {
  let graph: TestGraph;
  let app: TestApp;
  let url: string;
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    app = await startTestApp(graph.config, graph.gateway, undefined, pino({ level: "info" }, sink));
    url = `${app.url}/graphql`;
  });
  afterAll(async () => {
    await app.close();
    await graph.close();
  });

  const send = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("logs one JSON line per request with its id, operation, duration, round trips and error codes", async () => {
    const response = await send({ query: `query Executives { company(id: "company:foton") { executives { person { name } } } }`, operationName: "Executives" });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.requestId === requestId);
    expect(line).toMatchObject({ msg: "graphql request", operationName: "Executives", roundTrips: 1, errorCodes: [], status: 200 });
    expect(line!.durationMs).toBeGreaterThan(0);
  });

  it("puts the request id on every error, and logs the error's code", async () => {
    const response = await send({ query: `{ people(filter: { relatedTo: "company:tesla" }) { totalCount } }` }, { "x-request-id": "client-chosen-id-42" });
    expect(response.headers.get("x-request-id")).toBe("client-chosen-id-42");
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", requestId: "client-chosen-id-42" });
    expect(lines.find((l) => l.requestId === "client-chosen-id-42")).toMatchObject({ errorCodes: ["NOT_FOUND"] });
  });

  it("never writes a credential to the log", async () => {
    await send({ query: `mutation { deleteDocument(id: "document:none") { documentId } }` }, { authorization: "Bearer secret-key-that-must-not-leak" });
    expect(JSON.stringify(lines)).not.toContain("secret-key-that-must-not-leak");
    expect(lines.at(-1)).toMatchObject({ errorCodes: ["UNAUTHENTICATED"] });
  });
});
