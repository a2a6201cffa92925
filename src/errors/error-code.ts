/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  NotFound = "NOT_FOUND",
  BadUserInput = "BAD_USER_INPUT",
  /** A facts file or an extraction that breaks the model; extensions.problems lists what. */
  InvalidFacts = "INVALID_FACTS",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  QueryLimitExceeded = "QUERY_LIMIT_EXCEEDED",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}
