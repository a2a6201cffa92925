import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { ConfigError, getConfig } from "./config";
import { Neo4jGateway } from "./db/neo4j-gateway";
import { loadSeedDirectory } from "./ingest/seed-loader";
import { ManagedNeo4j } from "./neo4j-server/managed-neo4j";
import { ManagedNeo4jError } from "./neo4j-server/managed-neo4j.error";
import { createApp, type AppState } from "./server/create-app";

const log = (line: string) => console.log(line);

/**
 * Runs the server: starts the managed Neo4j unless NEO4J_URI names another database, applies the
 * schema, loads the seed graph and serves GraphQL. On SIGINT or SIGTERM it drains requests, closes
 * the driver and stops the Neo4j it started itself (one started by `npm run db -- start` stays up).
 */
async function main(): Promise<void> {
  const config = getConfig();
  let managed: ManagedNeo4j | null = null;
  let startedHere = false;
  if (!config.neo4j.externalUri) {
    managed = new ManagedNeo4j(config);
    ({ startedHere } = await managed.start(log));
    if (!startedHere) log(`Using the Neo4j already running on bolt://127.0.0.1:${config.managed.boltPort}`);
  } else {
    log(`Using the Neo4j at ${config.neo4j.externalUri} (NEO4J_URI)`);
  }

  const gateway = new Neo4jGateway(config.neo4j);
  const state: AppState = { seedLoaded: !config.loadSeedsOnStart };
  const { httpServer, apollo } = await createApp(config, gateway, state);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down`);
    await apollo.stop();
    await gateway.close();
    if (managed && startedHere) {
      log("Stopping the Neo4j this process started ...");
      await managed.stop();
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  if (config.loadSeedsOnStart) {
    const { loaded, errors } = await loadSeedDirectory(gateway, config.seedsDir);
    for (const summary of loaded) log(`Loaded ${summary.documentId}: ${summary.entities} entities, ${summary.relationships} relationships`);
    for (const error of errors) console.error(error.message);
    state.seedLoaded = errors.length === 0;
  } else {
    await gateway.applySchema();
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  log(`GraphQL server ready at http://localhost:${port}/graphql (health: /health, readiness: /ready)`);
}

main().catch((error: unknown) => {
  if (error instanceof ManagedNeo4jError || error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
