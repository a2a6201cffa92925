import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/** A write without valid credentials. The message says how to send them and never echoes what was sent. */
export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super("This operation changes the graph and needs an API key: send the header \"Authorization: Bearer <key>\" with one of the keys in API_KEYS.", {
      extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
    });
  }
}
