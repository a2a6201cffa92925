import { ConfigError, getConfig } from "../config";
import { ManagedNeo4j } from "../neo4j-server/managed-neo4j";
import { ManagedNeo4jError } from "../neo4j-server/managed-neo4j.error";

const USAGE = `Usage: npm run db -- <start|stop|status>

Runs the project's own Neo4j Community server (Bolt on 127.0.0.1).
  start    fetch Neo4j once with mvn if needed, start it and wait until Bolt answers
  stop     stop it
  status   say whether it runs, on which port, and where its logs are

Environment: NEO4J_BOLT_PORT, NEO4J_PASSWORD, NEO4J_HOME_DIR, NEO4J_HEAP_SIZE, NEO4J_PAGECACHE_SIZE,
NEO4J_START_TIMEOUT_SECONDS, NEO4J_JAVA_HOME (see docs/operations.md).`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const config = getConfig();
  if (config.neo4j.externalUri) {
    console.error(`NEO4J_URI is set (${config.neo4j.externalUri}): the project uses that database and manages none. Unset it to use the managed Neo4j.`);
    return 1;
  }
  const server = new ManagedNeo4j(config);
  switch (command) {
    case "start": {
      const { startedHere, pid } = await server.start((line) => console.log(line));
      console.log(`Neo4j ${startedHere ? "started" : "was already running"} (pid ${pid}) on bolt://127.0.0.1:${server.boltPort}; logs in ${server.logsDir}`);
      return 0;
    }
    case "stop":
      console.log((await server.stop()) ? "Neo4j stopped." : "Neo4j was not running.");
      return 0;
    case "status": {
      const status = await server.status();
      console.log(
        status.state === "running"
          ? `running (pid ${status.pid}) on bolt://127.0.0.1:${status.boltPort}; logs in ${status.logsDir}`
          : `stopped (port ${status.boltPort}); logs in ${status.logsDir}`,
      );
      return status.state === "running" ? 0 : 3;
    }
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ManagedNeo4jError || error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(`Unexpected error: ${(error as Error).message}`);
    }
    process.exit(1);
  },
);
