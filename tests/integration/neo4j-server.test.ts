import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { ManagedNeo4j } from "../../src/neo4j-server/managed-neo4j";
import { testConfig } from "./support/test-neo4j";

describe("the test Neo4j", () => {
  const config = testConfig();

  it("is a real Neo4j 5.26 Community kernel answering over Bolt", async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${config.managed.boltPort}`, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
    try {
      const { records } = await driver.executeQuery("CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition");
      expect(records[0].get("name")).toBe("Neo4j Kernel");
      expect(records[0].get("versions")[0]).toMatch(/^5\.26\.\d+$/);
      expect(records[0].get("edition")).toBe("community");
    } finally {
      await driver.close();
    }
  });

  it("has auth on: a wrong password is refused", async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${config.managed.boltPort}`, neo4j.auth.basic("neo4j", "wrong-password"));
    try {
      await expect(driver.executeQuery("RETURN 1")).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
    } finally {
      await driver.close();
    }
  });

  it("listens on 127.0.0.1 only, on its own port, with its own data folder", () => {
    const conf = fs.readFileSync(path.join(config.managed.homeDir, "conf", "neo4j.conf"), "utf8");
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${config.managed.boltPort}`);
    expect(conf).toContain("server.default_listen_address=127.0.0.1");
    expect(conf).toMatch(/server.directories.data=.*instances[\\/]test[\\/]data/);
    expect(config.managed.boltPort).not.toBe(loadConfig({}).managed.boltPort);
  });

  it("reports that it runs, with its logs folder", async () => {
    const status = await new ManagedNeo4j(config).status();
    expect(status).toMatchObject({ state: "running", boltPort: config.managed.boltPort });
    expect(status.logsDir).toMatch(/instances[\\/]test[\\/]logs$/);
  });
});

describe("starting a Neo4j on a port another process holds", () => {
  it("fails at once with a one-line message that says what to do", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const server = new ManagedNeo4j(testConfig({ NEO4J_BOLT_PORT: String(port), NEO4J_HOME_DIR: ".neo4j/instances/port-clash" }));
      await expect(server.start()).rejects.toThrow(
        `Port ${port} is already in use by another process. Stop it, or set NEO4J_BOLT_PORT to a free port (or NEO4J_URI to use that server).`,
      );
    } finally {
      blocker.close();
    }
  });
});
