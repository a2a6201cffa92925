import { Writable } from "node:stream";
import pino from "pino";
import { createApp } from "../../src/server/create-app";
import type { AddressInfo } from "node:net";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

describe("request ids and structured logs", () => {
  let graph: TestGraph;
  let url: string;
  let stop: () => Promise<void>;
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
    const config = testConfig({ LOG_LEVEL: "info" });
    const { httpServer, apollo } = await createApp(config, graph.gateway, { seedLoaded: true, seedErrors: [] }, pino({ level: "info" }, sink));
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
    stop = () => apollo.stop();
  });
  afterAll(async () => {
    await stop();
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
    const response = await send({ query: `{ company(id: "company:tesla") { id } }` }, { "x-request-id": "client-chosen-id-42" });
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
