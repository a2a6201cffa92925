/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  NotFound = "NOT_FOUND",
  BadUserInput = "BAD_USER_INPUT",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}
