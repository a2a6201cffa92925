/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  NotFound = "NOT_FOUND",
  BadUserInput = "BAD_USER_INPUT",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  QueryLimitExceeded = "QUERY_LIMIT_EXCEEDED",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}
