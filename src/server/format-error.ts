import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Config } from "../config";
import { ErrorCode } from "../errors";
import { labelLimitError } from "./query-limits";

/**
 * Shapes every error a client gets. In production an error without one of this API's codes is
 * masked as "Internal server error" (no message, no stack, no Cypher, no Neo4j internals; the request
 * log has the details under the request id), and stack traces are dropped everywhere but development.
 */
export function formatError(config: Config) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = labelLimitError(raw);
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const known = original instanceof GraphQLError && Object.values(ErrorCode).includes(original.extensions?.code as ErrorCode);
    if (config.env === "production" && formatted.extensions?.code === ErrorCode.InternalServerError && !known) {
      return { message: "Internal server error", extensions: { code: ErrorCode.InternalServerError } };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: config.env === "production" ? extensions : formatted.extensions };
  };
}
