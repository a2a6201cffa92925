import { context, ROOT_CONTEXT, trace, type Span } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { loadConfig } from "../../../src/config";
import { requestContext, setOperationSpan, statementParent } from "../../../src/telemetry/trace-context";
import { startTracing, tracesUrl } from "../../../src/telemetry/tracing";

describe("tracing set-up", () => {
  it("sends traces to the collector's /v1/traces, whether or not the endpoint ends in a slash", () => {
    expect(tracesUrl("http://collector:4318")).toBe("http://collector:4318/v1/traces");
    expect(tracesUrl("https://otel.example.com/base/")).toBe("https://otel.example.com/base/v1/traces");
  });

  it("registers no tracer provider without an endpoint: spans from the API record nothing", () => {
    expect(startTracing(loadConfig({}).telemetry)).toBeNull();
    const span = trace.getTracer("probe").startSpan("probe");
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it("puts a statement under the request's operation span once there is one, and under nothing outside a request", async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = startTracing(loadConfig({}).telemetry, new SimpleSpanProcessor(exporter))!;
    try {
      expect(statementParent()).toBeUndefined();
      const http = tracing.tracer.startSpan("GET");
      const parentOf = (active: ReturnType<typeof statementParent>) => trace.getSpan(active!)?.spanContext().spanId;
      let operation: Span | null = null;
      await context.with(requestContext(ROOT_CONTEXT, http), async () => {
        expect(parentOf(statementParent())).toBe(http.spanContext().spanId);
        await Promise.resolve();
        operation = tracing.tracer.startSpan("query Q");
        setOperationSpan(operation);
        await new Promise((resolve) => setImmediate(resolve));
        expect(parentOf(statementParent())).toBe(operation.spanContext().spanId);
      });
      expect(operation).not.toBeNull();
    } finally {
      await tracing.shutdown();
    }
    expect(trace.getTracer("probe").startSpan("after shutdown").isRecording()).toBe(false);
  });
});
