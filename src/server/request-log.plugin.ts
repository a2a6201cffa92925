import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { GraphContext } from "../graphql/context";
import { errorCodesOf } from "./error-codes";

/**
 * Logs one JSON line per GraphQL request (request id, operation name, duration, Cypher round trips,
 * error codes) and puts the request id on every error the client gets, so a report can be matched to
 * the log. Unexpected errors are logged with their stack here, since the client sees them masked.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  // The request line's fields are fixed and none is a credential, so it skips the logger's
  // redaction, which walks every line for credential paths (about half of what logging a line costs).
  const requestLines = logger.child({}, { redact: [] });
  return {
    requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === "INTERNAL_SERVER_ERROR") {
              logger.error({ requestId: contextValue.requestId, operationName, err: error.originalError ?? error }, "unexpected error");
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ response, operationName, errors }) {
          if (response.body.kind === "single") {
            for (const error of response.body.singleResult.errors ?? []) {
              (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
            }
          }
          if (!requestLines.isLevelEnabled("info")) return Promise.resolve();
          requestLines.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              roundTrips: contextValue.statements(),
              errorCodes: errorCodesOf(errors),
              status: response.http.status ?? 200,
            },
            "graphql request",
          );
          return Promise.resolve();
        },
      });
    },
  };
}
