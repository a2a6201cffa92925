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

  it("answers pings while every query slot is taken, and refuses a read that waits too long for one", async () => {
    const oneSlot = new Neo4jGateway(testConfig({ QUERY_TIMEOUT_MS: "500", NEO4J_MAX_CONCURRENT_QUERIES: "1" }).neo4j);
    try {
      // A write transaction may run 6 times the read timeout: it holds the only slot for 3 s.
      const runaway = oneSlot.writeTransaction((tx) => tx.run("count-to-a-billion")).catch((error) => error.extensions.code);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await expect(oneSlot.ping()).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1000);
      await expect(oneSlot.read("count-graph")).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
      expect(await runaway).toBe("QUERY_TIMEOUT");
      await expect(oneSlot.read("count-graph")).resolves.toHaveLength(1);
    } finally {
      await oneSlot.close();
    }
  });

  it("counts every statement it sends", async () => {
    const before = gateway.statementsSent;
    await gateway.ping();
    await gateway.read("count-graph");
    expect(gateway.statementsSent - before).toBe(2);
  });
});
