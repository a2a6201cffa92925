import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphContext } from "../graphql/context";
import type { ServerMetrics } from "../telemetry/metrics";

/**
 * Counts each GraphQL request by operation name and outcome (error when the answer carries any
 * error, partial data included) and records its latency, from the start of the request to its answer.
 */
export function metricsPlugin(metrics: ServerMetrics): ApolloServerPlugin<GraphContext> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operation, operationName, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observeRequest(operation !== undefined, operationName, errors?.length ? "error" : "ok", seconds);
          return Promise.resolve();
        },
      });
    },
  };
}
