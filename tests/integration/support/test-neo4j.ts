import "reflect-metadata";
import { loadConfig, type Config } from "../../../src/config";
import { Neo4jGateway } from "../../../src/db/neo4j-gateway";
import { loadSeedDirectory } from "../../../src/ingest/seed-loader";

/**
 * The test suite's own Neo4j: another port, another data folder and another password than the
 * instance `npm start` uses, so tests can empty and reload it freely. Global setup starts it (unless
 * it already runs) and global teardown stops it if setup started it.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NEO4J_URI;
  return loadConfig({
    ...env,
    NODE_ENV: "test",
    NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? "7688",
    NEO4J_HOME_DIR: process.env.TEST_NEO4J_HOME_DIR ?? ".neo4j/instances/test",
    NEO4J_PASSWORD: "knowledge-graph-test",
    NEO4J_HEAP_SIZE: "1g",
    NEO4J_PAGECACHE_SIZE: "512m",
    PORT: "0",
    LOG_LEVEL: "silent",
    ...overrides,
  });
}

export interface TestGraph {
  config: Config;
  gateway: Neo4jGateway;
  /** Empties the test database and loads the seed graph again. */
  reset(): Promise<void>;
  /** Node and relationship counts of the whole database. */
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
}

export async function emptyDatabase(gateway: Neo4jGateway): Promise<void> {
  await gateway.autoCommit("delete-all-nodes");
}

/** The test database (by default the one the suites share), with its own gateway. */
export async function openTestGraph(config: Config = testConfig()): Promise<TestGraph> {
  const gateway = new Neo4jGateway(config.neo4j);
  const graph: TestGraph = {
    config,
    gateway,
    async reset() {
      await emptyDatabase(gateway);
      const { errors } = await loadSeedDirectory(gateway, config.seedsDir);
      if (errors.length > 0) throw errors[0];
    },
    async counts() {
      const [row] = await gateway.read("count-graph");
      return { nodes: row.nodes as number, relationships: row.relationships as number };
    },
    close: () => gateway.close(),
  };
  return graph;
}
