import type { SpanProcessor } from "@opentelemetry/sdk-trace-node";
import type { Config } from "../config";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { ServerMetrics } from "./metrics";
import { startTracing, type Tracing } from "./tracing";

/** An app's tracing and metrics; each is null when it is off. */
export interface Telemetry {
  tracing: Tracing | null;
  metrics: ServerMetrics | null;
}

/**
 * Sets up an app's telemetry from config: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (or a test
 * passes its own span processor), and a metrics registry of the app's own unless METRICS_ENABLED is
 * false. The query-slot gauges read `gateway`'s slots.
 */
export function createTelemetry(config: Config, gateway: Neo4jGateway, options: { spanProcessor?: SpanProcessor } = {}): Telemetry {
  return {
    tracing: startTracing(config.telemetry, options.spanProcessor),
    metrics: config.telemetry.metricsEnabled ? new ServerMetrics(() => gateway.querySlotUsage()) : null,
  };
}
