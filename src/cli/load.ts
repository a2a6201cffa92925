import "reflect-metadata";
import path from "node:path";
import { ConfigError, getConfig } from "../config";
import { ManagedNeo4jError } from "../neo4j-server/managed-neo4j.error";
import { withDatabase } from "./with-database";
import { listFactsFiles } from "../ingest/facts-directory";
import { loadFactsFiles } from "../ingest/seed-loader";

const USAGE = `Usage: npm run load -- [FILE.facts.yaml ...]

Loads facts files (default: every *.facts.yaml in the seeds folder) into the configured Neo4j, one
transaction per document. Loading again replaces that document's facts; nothing is duplicated.
It starts the managed Neo4j if needed (and stops it again), or uses NEO4J_URI.`;

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const config = getConfig();
  const files = args.length > 0 ? args.map((file) => path.resolve(file)) : listFactsFiles(config.seedsDir);
  const { loaded, errors } = await withDatabase(
    config,
    async (gateway) => {
      await gateway.applySchema();
      return loadFactsFiles(gateway, files);
    },
    (line) => console.log(line),
  );
  for (const summary of loaded) console.log(`Loaded ${summary.documentId}: ${summary.entities} entities, ${summary.relationships} relationships`);
  for (const error of errors) console.error(error.message);
  return errors.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof ManagedNeo4jError ? error.message : `Load failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
