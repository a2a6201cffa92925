import "./server/heap-settings";
import "reflect-metadata";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import v8 from "node:v8";
import { GraphQLError } from "graphql";
import { ConfigError, getConfig } from "./config";
import { Neo4jGateway } from "./db/neo4j-gateway";
import { loadSeedDirectory } from "./ingest/seed-loader";
import { ManagedNeo4j } from "./neo4j-server/managed-neo4j";
import { ManagedNeo4jError } from "./neo4j-server/managed-neo4j.error";
import { createApp, type AppState } from "./server/create-app";

const log = (line: string) => console.log(line);

/** What the process has started so far, so that any way out (signal or failure) undoes exactly that. */
const running: { managed: ManagedNeo4j | null; startedHere: boolean; gateway: Neo4jGateway | null; stopHttp: (() => Promise<void>) | null } = {
  managed: null,
  startedHere: false,
  gateway: null,
  stopHttp: null,
};

let exiting = false;

async function exit(code: number, reason: string): Promise<never> {
  if (exiting) return new Promise<never>(() => {});
  exiting = true;
  (code === 0 ? console.log : console.error)(reason);
  try {
    await running.stopHttp?.();
    await running.gateway?.close();
    if (running.managed && running.startedHere) {
      log("Stopping the Neo4j this process started ...");
      await running.managed.stop();
    }
  } catch (error) {
    console.error(`While shutting down: ${(error as Error).message}`);
    code = code || 1;
  }
  process.exit(code);
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE" ? new ConfigError("PORT", `${port} is already in use on ${host}; stop what uses it or set PORT to a free port`) : error,
      );
    });
    server.listen(port, host, resolve);
  });
}

/** The heap limit this process runs with, and where it comes from (see "The server's heap" in docs/performance.md). */
function heapLine(): string {
  const limitMb = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  const flag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].find((arg) => arg.startsWith("--max-old-space-size"));
  return `Node.js heap limit: ${limitMb} MB (${flag ?? "Node's default; npm start sets --max-old-space-size"})`;
}

/**
 * Runs the server: starts the managed Neo4j unless NEO4J_URI names another database, applies the
 * schema, loads the seed graph and serves GraphQL. Ctrl-C, SIGTERM or a failure at any step drains
 * requests, closes the driver and stops the Neo4j this process started (one started by
 * `npm run db -- start` stays up).
 */
async function main(): Promise<void> {
  process.on("SIGINT", () => void exit(0, "SIGINT received: shutting down"));
  process.on("SIGTERM", () => void exit(0, "SIGTERM received: shutting down"));
  const config = getConfig();
  if (!config.neo4j.externalUri) {
    running.managed = new ManagedNeo4j(config);
    // Known before start() returns, so that a Ctrl-C during start-up also stops the server it launches.
    running.startedHere = (await running.managed.status()).state === "stopped";
    const { startedHere } = await running.managed.start(log);
    if (!startedHere) log(`Using the Neo4j already running on bolt://127.0.0.1:${config.managed.boltPort}`);
  } else {
    log(`Using the Neo4j at ${config.neo4j.externalUri} (NEO4J_URI)`);
  }

  const gateway = new Neo4jGateway(config.neo4j);
  running.gateway = gateway;
  const state: AppState = { seedLoaded: !config.loadSeedsOnStart, seedErrors: [] };
  const { httpServer, apollo } = await createApp(config, gateway, state);
  running.stopHttp = () => apollo.stop();

  if (config.loadSeedsOnStart) {
    const { loaded, errors } = await loadSeedDirectory(gateway, config.seedsDir);
    for (const summary of loaded) log(`Loaded ${summary.documentId}: ${summary.entities} entities, ${summary.relationships} relationships`);
    for (const error of errors) console.error(error.message);
    state.seedErrors = errors.map((error) => error.message);
    state.seedLoaded = errors.length === 0;
  } else {
    await gateway.applySchema();
  }

  await listen(httpServer, config.port, config.host);
  const { port } = httpServer.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  log(heapLine());
  log(`GraphQL server ready at ${base}/graphql (health: /health, readiness: /ready)`);
  if (config.web.ide) log(`GraphQL IDE:    ${base}/ (also ${base}/graphql in a browser)`);
  if (config.web.explorer) log(`Graph explorer: ${base}/explore`);
  if (config.telemetry.metricsEnabled) log(`Metrics:        ${base}/metrics`);
  if (config.telemetry.otlpEndpoint) log(`Traces:         OTLP/HTTP to ${config.telemetry.otlpEndpoint} as ${config.telemetry.serviceName}`);
}

const USAGE = `Usage: npm start

Starts the managed Neo4j (unless NEO4J_URI names another database), applies the schema, loads the seed
graph and serves GraphQL at http://localhost:4000/graphql, the GraphQL IDE at / and the graph explorer at
/explore. Everything is configured through environment variables: see docs/operations.md.
Ctrl-C or SIGTERM drains requests and stops the Neo4j this process started.`;

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}

main().catch((error: unknown) => {
  const known = error instanceof ManagedNeo4jError || error instanceof ConfigError || error instanceof GraphQLError;
  if (!known) console.error(error);
  return exit(1, known ? error.message : "Start-up failed.");
});
