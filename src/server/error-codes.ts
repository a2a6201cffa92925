import type { GraphQLError } from "graphql";

/** The distinct `extensions.code`s of a response's errors; an error without one counts as INTERNAL_SERVER_ERROR. */
export function errorCodesOf(errors: readonly GraphQLError[] | undefined): string[] {
  return [...new Set((errors ?? []).map((error) => (typeof error.extensions?.code === "string" ? error.extensions.code : "INTERNAL_SERVER_ERROR")))];
}
