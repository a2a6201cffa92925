import { SpanKind, trace, type ProxyTracerProvider } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { createTelemetry } from "../../src/telemetry/telemetry";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

const QUERY = `query CompanyTies($id: ID!) { company(id: $id) { name parents { name } agreements { name kind } executives { title person { name } } } }`;
const VARIABLES = { id: "company:foton" };

/** Every attribute of every span, keys and values, as one string to search. */
const attributesOf = (spans: ReadableSpan[]) => JSON.stringify(spans.map((span) => span.attributes));

describe("tracing", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
  });
  afterAll(() => graph.close());

  describe("without OTEL_EXPORTER_OTLP_ENDPOINT", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "" }), graph.gateway);
    });
    afterAll(() => app.close());

    it("registers no tracer provider: requests run and the API's spans record nothing", async () => {
      const { data } = await app.query(QUERY, VARIABLES);
      expect(data.company.name).toBe("Foton");
      expect((trace.getTracerProvider() as ProxyTracerProvider).getDelegate().constructor.name).toBe("NoopTracerProvider");
      expect(trace.getTracer("probe").startSpan("probe").isRecording()).toBe(false);
    });
  });

  describe("with a span processor", () => {
    const exporter = new InMemorySpanExporter();
    let app: TestApp;
    beforeAll(async () => {
      const config = testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "" });
      const telemetry = createTelemetry(config, graph.gateway, { spanProcessor: new SimpleSpanProcessor(exporter) });
      app = await startTestApp(config, graph.gateway, undefined, undefined, telemetry);
    });
    afterAll(() => app.close());
    beforeEach(() => exporter.reset());

    /** The spans of one request, once its HTTP span (the last to end) is recorded. */
    async function spansOf(send: () => Promise<unknown>): Promise<ReadableSpan[]> {
      await send();
      for (let turn = 0; turn < 1000 && !exporter.getFinishedSpans().some((span) => span.kind === SpanKind.SERVER); turn++) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      return exporter.getFinishedSpans();
    }

    it("nests the Cypher statements' spans under the operation's span, under the HTTP span", async () => {
      const spans = await spansOf(() => app.query(QUERY, VARIABLES));
      const http = spans.find((span) => span.kind === SpanKind.SERVER)!;
      expect(http.name).toBe("POST /graphql");
      expect(http.attributes).toMatchObject({ "http.request.method": "POST", "http.route": "/graphql", "http.response.status_code": 200 });
      const operation = spans.find((span) => span.parentSpanContext?.spanId === http.spanContext().spanId)!;
      expect(operation.name).toBe("query CompanyTies");
      expect(operation.attributes).toEqual({ "graphql.operation.name": "CompanyTies", "graphql.operation.type": "query" });
      const statements = spans.filter((span) => span.kind === SpanKind.CLIENT);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
        expect(statement.spanContext().traceId).toBe(http.spanContext().traceId);
        expect(statement.name).toMatch(/^[a-z0-9-]+\.cypher$/);
        expect(statement.attributes["db.system.name"]).toBe("neo4j");
      }
      expect(spans).toHaveLength(statements.length + 2);
    });

    it("records neither the variables' values nor the statements' parameters or text in any span", async () => {
      const spans = await spansOf(() => app.query(QUERY, VARIABLES));
      const recorded = attributesOf(spans);
      expect(recorded).not.toContain(VARIABLES.id);
      expect(recorded).not.toMatch(/variables|db\.query\.text|db\.query\.parameter|MATCH/i);
    });

    it("marks a failed operation with its error codes only, not its message", async () => {
      const spans = await spansOf(() =>
        app.query(`query Missing($id: ID!) { people(filter: { relatedTo: $id }) { totalCount } }`, { id: "company:no-such-firm" }),
      );
      const operation = spans.find((span) => span.name === "query Missing")!;
      expect(operation.status.code).toBe(2);
      expect(operation.attributes["error.type"]).toBe("NOT_FOUND");
      expect(attributesOf(spans)).not.toContain("no-such-firm");
    });

    it("joins the caller's trace when the request carries a traceparent", async () => {
      const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
      const spans = await spansOf(() => app.query(`query Ping { __typename }`, {}, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` }));
      expect(spans.map((span) => span.spanContext().traceId)).toEqual(spans.map(() => traceId));
    });

    it("traces other routes too, named for the route", async () => {
      const spans = await spansOf(() => fetch(`${app.url}/health`));
      expect(spans.map((span) => [span.name, span.attributes["http.route"], span.attributes["http.response.status_code"]])).toEqual([
        ["GET /health", "/health", 200],
      ]);
    });
  });
});
