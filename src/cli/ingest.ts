import "reflect-metadata";
import path from "node:path";
import { ConfigError, getConfig } from "../config";
import { IngestService } from "../ingest/ingest.service";
import { ingestFiles, type FileOutcome } from "../ingest/ingest-files";
import { ManagedNeo4jError } from "../neo4j-server/managed-neo4j.error";
import { ProgressBar } from "./progress-bar";
import { withDatabase } from "./with-database";

const USAGE = `Usage: npm run ingest -- [--dry-run] [--published-on YYYY-MM-DD] [--source NAME] FILE...

Reads each article (UTF-8 text, headline on the first line), extracts its entities and facts with the
sentence each comes from, resolves them against the graph and writes each article in one transaction.
Ingesting the same text again changes nothing. --dry-run shows what would be written and writes nothing.
The publication date is taken from a date line near the top when --published-on is not given.`;

function describe(outcome: FileOutcome): string {
  const name = path.basename(outcome.file);
  if (outcome.status === "failed") return `${name}: FAILED, nothing written: ${outcome.error}`;
  const counts = `${outcome.entities} entities (${outcome.newEntities} new), ${outcome.facts} facts`;
  if (outcome.status === "unchanged") return `${name}: already ingested as ${outcome.documentId}; nothing changed`;
  return `${name}: ${outcome.status === "previewed" ? "would write" : "wrote"} ${outcome.documentId}: ${counts}`;
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h") || args.length === 0) {
    console.log(USAGE);
    return args.length === 0 ? 1 : 0;
  }
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : null;
  };
  const publishedOn = option("--published-on");
  const source = option("--source");
  const dryRun = args.includes("--dry-run");
  const files = args.filter((arg) => !arg.startsWith("--")).map((file) => path.resolve(file));
  const config = getConfig();
  const started = Date.now();
  const outcomes = await withDatabase(
    config,
    async (gateway) => {
      await gateway.applySchema();
      const bar = new ProgressBar(files.length, "articles");
      const lines: string[] = [];
      const result = await ingestFiles(new IngestService(gateway, config.ingest.maxBytes), files, {
        dryRun,
        publishedOn,
        source,
        onFile: (outcome) => {
          bar.tick(1);
          lines.push(describe(outcome));
        },
      });

      for (const line of lines) console.log(line);
      return result;
    },
    (line) => console.log(line),
  );
  const count = (status: FileOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${dryRun ? "Dry run: " : ""}${outcomes.length} files in ${seconds.toFixed(1)} s: ${count(dryRun ? "previewed" : "written")} ${dryRun ? "previewed" : "written"}, ${count("unchanged")} unchanged, ${count("failed")} failed`,
  );
  return count("failed") > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof ManagedNeo4jError ? error.message : `Ingest failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
