import { Neo4jError } from "neo4j-driver";
import { loadConfig } from "../../../src/config";
import { Neo4jGateway } from "../../../src/db/neo4j-gateway";

/** A session that answers `run` from `answers` in turn (an error is thrown), and a managed read with one row. */
function fakeSession(answers: unknown[]) {
  const record = (row: Record<string, unknown>) => ({ toObject: () => row });
  return {
    run: jest.fn(() => {
      const answer = answers.shift();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ records: [record(answer as Record<string, unknown>)] });
    }),
    executeRead: jest.fn((work: (tx: { run: () => Promise<unknown> }) => Promise<unknown>) =>
      work({ run: () => Promise.resolve({ records: [record({ from: "managed" })] }) }),
    ),
    close: jest.fn(() => Promise.resolve()),
  };
}

/** A gateway whose driver hands out `session` (no database is reached). */
function gatewayWith(session: ReturnType<typeof fakeSession>) {
  const gateway = new Neo4jGateway(loadConfig({ QUERY_TIMEOUT_MS: "1234" }).neo4j);
  (gateway as unknown as { driver: { session: () => unknown } }).driver.session = () => session;
  return gateway;
}

describe("a gateway read", () => {
  it("is one auto-commit statement with the query timeout, and counts as one statement", async () => {
    const session = fakeSession([{ n: 1 }]);
    const gateway = gatewayWith(session);
    await expect(gateway.read("ping")).resolves.toEqual([{ n: 1 }]);
    expect(session.run).toHaveBeenCalledWith(expect.any(String), {}, { timeout: 1234 });
    expect(session.executeRead).not.toHaveBeenCalled();
    expect(session.close).toHaveBeenCalled();
    expect(gateway.statementsSent).toBe(1);
    await gateway.close();
  });

  it("goes on to a managed read, which the driver retries, when the statement fails in a way worth retrying", async () => {
    const session = fakeSession([new Neo4jError("leader switched", "SessionExpired", "", "")]);
    const gateway = gatewayWith(session);
    await expect(gateway.read("ping")).resolves.toEqual([{ from: "managed" }]);
    expect(session.executeRead).toHaveBeenCalledWith(expect.any(Function), { timeout: 1234 });
    await gateway.close();
  });

  it("fails at once, as a domain error, when retrying cannot help", async () => {
    const session = fakeSession([new Neo4jError("timed out", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "", "")]);
    const gateway = gatewayWith(session);
    await expect(gateway.read("ping")).rejects.toMatchObject({ extensions: { code: "QUERY_TIMEOUT" } });
    expect(session.executeRead).not.toHaveBeenCalled();
    await gateway.close();
  });
});
