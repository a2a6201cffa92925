import type { ApolloServerPlugin } from "@apollo/server";
import { SpanStatusCode } from "@opentelemetry/api";
import { ATTR_ERROR_TYPE } from "@opentelemetry/semantic-conventions";
import type { GraphContext } from "../graphql/context";
import { setOperationSpan } from "../telemetry/trace-context";
import type { Tracing } from "../telemetry/tracing";
import { errorCodesOf } from "./error-codes";

/** The semantic conventions' GraphQL attributes (still incubating there, so named here). */
export const ATTR_GRAPHQL_OPERATION_NAME = "graphql.operation.name";
export const ATTR_GRAPHQL_OPERATION_TYPE = "graphql.operation.type";

/**
 * A span for each GraphQL operation, a child of the request's HTTP span and the parent of its Cypher
 * statements' spans: named `query Name` (type, then name), with the operation's name and type and, on
 * failure, the error codes. Never the document's variables, nor error messages (which may quote
 * them). On server stop it flushes and unregisters the tracer provider, after Apollo drains requests.
 */
export function tracingPlugin(tracing: Tracing): ApolloServerPlugin<GraphContext> {
  return {
    serverWillStart() {
      return Promise.resolve({ serverWillStop: () => tracing.shutdown() });
    },
    requestDidStart() {
      const span = tracing.tracer.startSpan("graphql");
      setOperationSpan(span);
      return Promise.resolve({
        didResolveOperation({ operation, operationName }) {
          if (!operation) return Promise.resolve();
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, operation.operation);
          if (operationName) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, operationName);
          return Promise.resolve();
        },
        willSendResponse({ errors }) {
          if (errors?.length) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.setAttribute(ATTR_ERROR_TYPE, errorCodesOf(errors).join(" "));
          }
          span.end();
          return Promise.resolve();
        },
      });
    },
  };
}
