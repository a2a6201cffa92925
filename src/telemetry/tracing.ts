import { context, propagation, trace, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { Config } from "../config";
import { TRACER_NAME } from "./trace-context";

/** A registered tracer provider: the tracer of this server's spans, and how to flush and unregister it. */
export interface Tracing {
  tracer: Tracer;
  shutdown(): Promise<void>;
}

/** Where OTLP/HTTP traces go for a collector's base URL, as the OpenTelemetry specification derives it. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, "")}/v1/traces`;
}

/**
 * Registers a tracer provider (with the AsyncLocalStorage context manager, so that a request's spans
 * nest) when OTEL_EXPORTER_OTLP_ENDPOINT is set, batching spans to the collector; or when a test hands
 * in its own span processor. Otherwise it registers nothing and returns null: the OpenTelemetry API
 * stays a no-op and the server adds no tracing middleware or plugin.
 */
export function startTracing(settings: Config["telemetry"], spanProcessor?: SpanProcessor): Tracing | null {
  if (!spanProcessor && !settings.otlpEndpoint) return null;
  const processor = spanProcessor ?? new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(settings.otlpEndpoint!) }));
  const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }), spanProcessors: [processor] });
  provider.register();
  return {
    tracer: trace.getTracer(TRACER_NAME),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
