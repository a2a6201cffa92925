import type { Config } from "../config";
import { Neo4jGateway } from "../db/neo4j-gateway";
import { ManagedNeo4j } from "../neo4j-server/managed-neo4j";

/**
 * Runs a command's work against the configured database: the managed Neo4j is started first when
 * NEO4J_URI is not set and it is not already running, and stopped again afterwards if this call
 * started it. The gateway is always closed.
 */
export async function withDatabase<T>(config: Config, work: (gateway: Neo4jGateway) => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  const managed = config.neo4j.externalUri ? null : new ManagedNeo4j(config);
  const { startedHere } = managed ? await managed.start(log) : { startedHere: false };
  const gateway = new Neo4jGateway(config.neo4j);
  try {
    return await work(gateway);
  } finally {
    await gateway.close();
    if (managed && startedHere) {
      log("Stopping the Neo4j this command started ...");
      await managed.stop();
    }
  }
}
