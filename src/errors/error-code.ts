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
  /** An operation that is not in the trusted documents manifest (TRUSTED_DOCUMENTS); extensions.sha256 is its hash. */
  UntrustedDocument = "UNTRUSTED_DOCUMENT",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}
