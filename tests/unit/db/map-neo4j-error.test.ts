import { Neo4jError } from "neo4j-driver";
import { mapNeo4jError } from "../../../src/db/map-neo4j-error";

const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe("mapNeo4jError", () => {
  it("maps an unreachable server to SERVICE_UNAVAILABLE", () => {
    expect(codeOf(mapNeo4jError(new Neo4jError("Could not perform discovery", "ServiceUnavailable", "", ""), 5000))).toBe("SERVICE_UNAVAILABLE");
  });

  it("maps a transaction timeout to QUERY_TIMEOUT with the limit", () => {
    const mapped = mapNeo4jError(new Neo4jError("timed out", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "", ""), 1234);
    expect(codeOf(mapped)).toBe("QUERY_TIMEOUT");
    expect((mapped as Error).message).toContain("1234 ms");
  });

  it("does not read a server error that quotes the word connect as a connection failure", () => {
    const error = new Neo4jError("Failed to invoke procedure: Cannot parse 'connect OR'", "Neo.ClientError.Procedure.ProcedureCallFailed", "", "");
    expect(mapNeo4jError(error, 5000)).toBe(error);
  });

  it("maps a broken uniqueness rule to BAD_USER_INPUT", () => {
    expect(codeOf(mapNeo4jError(new Neo4jError("already exists", "Neo.ClientError.Schema.ConstraintValidationFailed", "", ""), 5000))).toBe("BAD_USER_INPUT");
  });
});
