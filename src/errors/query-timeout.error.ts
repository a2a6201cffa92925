import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

export class QueryTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`The query ran longer than ${timeoutMs} ms and was stopped. Narrow it (fewer hops, a smaller page, more filters).`, {
      extensions: { code: ErrorCode.QueryTimeout, timeoutMs },
    });
  }
}
