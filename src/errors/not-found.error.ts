import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found. Check the id, or find it with search or a lookup by name.`, {
      extensions: { code: ErrorCode.NotFound, id },
    });
  }
}
