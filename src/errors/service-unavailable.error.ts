import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

export class ServiceUnavailableError extends GraphQLError {
  constructor(
    message = "The graph database cannot be reached right now. Try again shortly; if it persists, check that Neo4j is running (npm run db -- status).",
  ) {
    super(message, { extensions: { code: ErrorCode.ServiceUnavailable } });
  }
}
