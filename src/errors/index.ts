export { ErrorCode } from "./error-code";
export { NotFoundError } from "./not-found.error";
export { BadUserInputError } from "./bad-user-input.error";
export { ServiceUnavailableError } from "./service-unavailable.error";
export { QueryTimeoutError } from "./query-timeout.error";
export { UnauthenticatedError } from "./unauthenticated.error";
export { ForbiddenError } from "./forbidden.error";
export { InvalidFactsError } from "./invalid-facts.error";
