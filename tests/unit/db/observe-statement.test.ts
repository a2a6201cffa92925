import { context, ROOT_CONTEXT, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { loadConfig } from "../../../src/config";
import { observeStatement, statementName } from "../../../src/db/observe-statement";
import { requestContext } from "../../../src/telemetry/trace-context";
import { startTracing } from "../../../src/telemetry/tracing";

describe("observeStatement", () => {
  it("names a statement by its cypher/ file, a rendered one by its template", () => {
    expect(statementName("find-related")).toBe("find-related.cypher");
    expect(statementName({ template: "find-neighborhood", text: "MATCH (n) RETURN n" })).toBe("find-neighborhood.cypher");
  });

  it("tells the observer each statement's name and outcome, failures included", async () => {
    const seen: [string, string][] = [];
    const observer = (name: string, _seconds: number, outcome: string) => seen.push([name, outcome]);
    await expect(observeStatement("ping.cypher", "neo4j", observer, () => Promise.resolve(1))).resolves.toBe(1);
    await expect(observeStatement("ping.cypher", "neo4j", observer, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(seen).toEqual([
      ["ping.cypher", "ok"],
      ["ping.cypher", "error"],
    ]);
  });

  it("records a child span named for the file inside a traced request, with no parameter and no Cypher text", async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = startTracing(loadConfig({}).telemetry, new SimpleSpanProcessor(exporter))!;
    try {
      const http = tracing.tracer.startSpan("POST");
      await context.with(requestContext(ROOT_CONTEXT, http), () => observeStatement("find-related.cypher", "neo4j", null, () => Promise.resolve([])));
      const [span] = exporter.getFinishedSpans();
      expect(span.name).toBe("find-related.cypher");
      expect(span.parentSpanContext?.spanId).toBe(http.spanContext().spanId);
      expect(span.attributes).toEqual({ "db.system.name": "neo4j", "db.namespace": "neo4j", "db.query.summary": "find-related.cypher" });
    } finally {
      await tracing.shutdown();
    }
    expect(trace.getActiveSpan()).toBeUndefined();
  });
});
