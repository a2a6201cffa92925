import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { BadUserInputError, QueryTimeoutError, ServiceUnavailableError } from "../errors";

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
]);

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockAcquisitionTimeout",
]);

/**
 * The one place where Neo4j's error codes become domain errors. An error that is already a
 * GraphQLError passes through; one with no mapping is returned unchanged, and the server masks it as
 * an internal error.
 */
export function mapNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    const driverSide = !error.code.startsWith("Neo.");
    if (UNAVAILABLE_CODES.has(error.code) || (driverSide && /connect|ECONNREFUSED|acquisition/i.test(error.message))) {
      return new ServiceUnavailableError();
    }
    if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError(timeoutMs);
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new BadUserInputError(`The write breaks a uniqueness rule of the graph: ${error.message.split("\n")[0]}`);
    }
  }
  return error;
}
