import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/** Valid credentials without the scope an operation needs. */
export class ForbiddenError extends GraphQLError {
  constructor(scope: string) {
    super(`Your credentials are valid but lack the "${scope}" scope this operation needs; use an API key or a token with that scope.`, {
      extensions: { code: ErrorCode.Forbidden, scope, http: { status: 403 } },
    });
  }
}
