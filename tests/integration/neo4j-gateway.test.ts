import { renderCypher } from "../../src/db/cypher-library";
import { graphSchema, SEARCH_INDEX } from "../../src/db/graph-schema";
import { Neo4jGateway } from "../../src/db/neo4j-gateway";
import { GRAPH_MODEL, NODE_LABELS } from "../../src/model/graph-model";
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
      const runaway = oneSlot.writeTransaction((tx) => tx.run("count-to-a-billion")).catch((error) => error.extensions);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await expect(oneSlot.ping()).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1000);
      await expect(oneSlot.read("count-graph")).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
      // The error reports the timeout the write really ran with, not the read timeout.
      expect(await runaway).toEqual({ code: "QUERY_TIMEOUT", timeoutMs: 3000 });
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

  it("drops and recreates a full-text index whose labels differ from the model's when it applies the schema", async () => {
    const run = (template: string, slots: Record<string, string>) =>
      gateway.writeTransaction((tx) => tx.run({ template, text: renderCypher(template, slots) }));
    const searchIndex = async () => (await gateway.read("schema/show-indexes")).find((row) => row.name === SEARCH_INDEX);
    await run("schema/drop-index", { name: SEARCH_INDEX });
    await run("schema/create-fulltext-index", { name: SEARCH_INDEX, labels: "Company|Person", properties: "n.name", analyzer: "standard-folding" });
    expect((await searchIndex())?.labelsOrTypes).toEqual(["Company", "Person"]);

    await gateway.applySchema(GRAPH_MODEL);

    const index = await searchIndex();
    expect([...(index?.labelsOrTypes as string[])].sort()).toEqual([...NODE_LABELS].sort());
    expect(index?.properties).toEqual(graphSchema(GRAPH_MODEL).find((item) => item.name === SEARCH_INDEX)?.properties);
  });

  it("leaves a schema that matches the model as it is: no index or constraint is made again", async () => {
    await gateway.applySchema(GRAPH_MODEL);
    const read = async () => [...(await gateway.read("schema/show-constraints")), ...(await gateway.read("schema/show-indexes"))];
    const before = await read();
    await gateway.applySchema(GRAPH_MODEL);
    expect(await read()).toEqual(before);
  });

  it("refuses to drop a constraint the model defines otherwise, and says what to run", async () => {
    const run = (text: string) => gateway.writeTransaction((tx) => tx.run({ template: "test", text }));
    await run("DROP CONSTRAINT company_id IF EXISTS");
    // On a property no node has, so that whatever data the database holds cannot stop the constraint.
    await run("CREATE CONSTRAINT company_id FOR (n:Company) REQUIRE n.legacyCode IS UNIQUE");
    try {
      await expect(gateway.applySchema(GRAPH_MODEL)).rejects.toThrow("DROP CONSTRAINT company_id;");
    } finally {
      await run("DROP CONSTRAINT company_id IF EXISTS");
      await gateway.applySchema(GRAPH_MODEL);
    }
  });
});
