import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Config } from "../config";
import { BadUserInputError, ErrorCode } from "../errors";
import { labelLimitError } from "./query-limits";

/**
 * Gives back BAD_USER_INPUT to an argument refused while the document is validated: Apollo reports
 * every validation error as GRAPHQL_VALIDATION_FAILED, also when a scalar such as DateInput refused a
 * literal ("2024-02-30") with a BadUserInputError, which the same value sent as a variable gets.
 */
function keepInputErrorCode(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  if (!(original instanceof BadUserInputError) || formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
}

/**
 * Shapes every error a client gets. In production an error without one of this API's codes is
 * masked as "Internal server error" (no message, no stack, no Cypher, no Neo4j internals; the request
 * log has the details under the request id), and stack traces are dropped everywhere but development.
 */
export function formatError(config: Config) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const formatted = keepInputErrorCode(labelLimitError(raw), original);
    const known = original instanceof GraphQLError && Object.values(ErrorCode).includes(original.extensions?.code as ErrorCode);
    if (config.env === "production" && formatted.extensions?.code === ErrorCode.InternalServerError && !known) {
      return { message: "Internal server error", extensions: { code: ErrorCode.InternalServerError } };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: config.env === "production" ? extensions : formatted.extensions };
  };
}
