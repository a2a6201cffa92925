import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { ConfigError, getConfig } from "../config";
import { BadUserInputError } from "../errors";
import { EXPORT_CONTEXT_PATH, ExportService, readExportArguments } from "../export/export.service";
import { ManagedNeo4jError } from "../neo4j-server/managed-neo4j.error";
import { endStream } from "../export/write-stream";
import { withDatabase } from "./with-database";

const USAGE = `Usage: npm run export -- --format graphml|csv|jsonld [--entity ID [--depth N]] [--out FILE|DIR]

Exports the whole graph, or the neighbourhood of an entity (every node within N hops along facts, 1 by
default and at most EXPORT_MAX_DEPTH, with the documents that mention them), with the provenance of
every fact: its document, quote and offsets.
  graphml  one GraphML file (--out FILE, or standard output)
  jsonld   one JSON-LD file referencing the context at EXPORT_CONTEXT_URL (--out FILE, or standard output)
  csv      a directory of header and data files for neo4j-admin database import full (--out DIR, needed),
           with import.args: cd DIR && neo4j-admin database import full neo4j @import.args
It starts the managed Neo4j if needed (and stops it again), or uses NEO4J_URI. See docs/exports.md.`;

type Options = { format?: string; entity?: string; depth?: string; out?: string; help?: boolean };

function readOptions(argv: string[]): Options {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        entity: { type: "string" },
        depth: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    return values;
  } catch (error) {
    throw new BadUserInputError(`The arguments are not valid: ${(error as Error).message}. See npm run export -- --help.`);
  }
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const config = getConfig();
  const args = await readExportArguments(options, config.export.maxDepth);
  if (args.format === "csv" && !options.out) throw new BadUserInputError("A CSV export needs --out DIR: the directory to write its files to.");
  const contextUrl = config.export.contextUrl ?? `http://localhost:${config.port}${EXPORT_CONTEXT_PATH}`;
  await withDatabase(config, async (gateway) => {
    const service = new ExportService(gateway, config.export);
    const source = await service.open(args);
    if (args.format === "csv") {
      const dir = path.resolve(options.out!);
      await service.writeCsvDirectory(source, dir);
      console.error(`Wrote ${dir}; import it with: cd ${dir} && neo4j-admin database import full neo4j @import.args`);
      return;
    }
    const out = options.out ? fs.createWriteStream(path.resolve(options.out)) : process.stdout;
    await service.writeTo(args.format, source, out, contextUrl);
    if (out !== process.stdout) await endStream(out);
    if (options.out) console.error(`Wrote ${path.resolve(options.out)}`);
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ManagedNeo4jError || error instanceof GraphQLError;
    const code = error instanceof GraphQLError ? ` (${String(error.extensions.code)})` : "";
    const message = error instanceof Error ? error.message : String(error);
    console.error(known ? `${message}${code}` : `Export failed: ${message}`);
    process.exit(1);
  },
);
