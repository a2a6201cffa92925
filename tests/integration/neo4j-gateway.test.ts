import { Neo4jGateway } from "../../src/db/neo4j-gateway";
import { testConfig } from "./support/test-neo4j";

describe("the Neo4j gateway against the real server", () => {
  const config = testConfig({ QUERY_TIMEOUT_MS: "300" });
  const gateway = new Neo4jGateway(config.neo4j);
  afterAll(() => gateway.close());

  it("cuts a runaway read at the transaction timeout with QUERY_TIMEOUT, and keeps serving", async () => {
    await expect(gateway.read("count-to-a-billion")).rejects.toMatchObject({
      message: expect.stringContaining("ran longer than 300 ms"),
      extensions: { code: "QUERY_TIMEOUT", timeoutMs: 300 },
    });
    await expect(gateway.ping()).resolves.toBeUndefined();
  });

  it("counts every statement it sends", async () => {
    const before = gateway.statementsSent;
    await gateway.ping();
    await gateway.read("count-graph");
    expect(gateway.statementsSent - before).toBe(2);
  });
});
