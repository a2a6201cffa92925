import http from "node:http";
import type { AddressInfo } from "node:net";
import { PROJECT_ROOT } from "../../src/config";
import { startBuiltServer, useBuiltServerGraph } from "./support/built-server";

/**
 * The real exporter, which jest's module sandbox cannot load (it imports its transport dynamically):
 * the built server, with OTEL_EXPORTER_OTLP_ENDPOINT naming a stand-in collector, sends its spans
 * there over OTLP/HTTP, at the latest when SIGTERM stops it.
 */
describe("exporting traces from the built server", () => {
  useBuiltServerGraph();

  it("posts the request's spans to the collector's /v1/traces under OTEL_SERVICE_NAME, flushed when the server stops", async () => {
    const received: { url?: string; body: string }[] = [];
    const collector = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("latin1")));
      req.on("end", () => {
        received.push({ url: req.url, body });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    try {
      const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
      const server = await startBuiltServer(PROJECT_ROOT, { LOAD_SEEDS: "false", OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "kg-under-test" });
      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query ExportedName($id: ID!) { company(id: $id) { name } }", variables: { id: "company:foton" } }),
      });
      expect(((await response.json()) as { data: { company: { name: string } } }).data.company.name).toBe("Foton");
      expect(await server.stop()).toBe(0);
      expect(server.output()).toContain(`Traces:         OTLP/HTTP to ${endpoint} as kg-under-test`);
      expect(new Set(received.map((request) => request.url))).toEqual(new Set(["/v1/traces"]));
      const exported = received.map((request) => request.body).join("\n");
      for (const expected of ["kg-under-test", "POST /graphql", "query ExportedName", ".cypher"]) expect(exported).toContain(expected);
      expect(exported).not.toContain("company:foton");
    } finally {
      collector.close();
    }
  });
});
