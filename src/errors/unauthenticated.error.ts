import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/** Why a request is refused when READS_REQUIRE_AUTH is on, over HTTP and at a WebSocket's connect alike. */
export const READS_NEED_CREDENTIALS = "This server needs credentials for every request (READS_REQUIRE_AUTH)";

/** A request without valid credentials where they are needed. The message says how to send them and never echoes what was sent. */
export class UnauthenticatedError extends GraphQLError {
  constructor(what = "This operation changes the graph and needs credentials") {
    super(`${what}: send the header "Authorization: Bearer <key>" with one of the keys in API_KEYS, or a token with the right scope.`, {
      extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
    });
  }
}
