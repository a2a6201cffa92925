import "reflect-metadata";
import { ConfigError, getConfig } from "../../config";
import type { Neo4jGateway } from "../../db/neo4j-gateway";
import { syntheticGraph, type SyntheticNode, type SyntheticRelationship } from "../generate/synthetic-graph";
import { ManagedNeo4jError } from "../../neo4j-server/managed-neo4j.error";
import { ProgressBar } from "../../cli/progress-bar";
import { withDatabase } from "../../cli/with-database";

const USAGE = `Usage: npm run generate -- --scale N [--seed S]

Writes a synthetic graph of the product's model into the configured Neo4j (the one npm start uses,
or NEO4J_URI), replacing any graph this command wrote before; the seed graph is left alone.
Scale 1 is about 10k companies, 50k people, 30k agreements, 20k vehicles, 2k markets and 340k
relationships, with a few hubs and a long tail. The same seed gives the same graph.
  --scale N   size, a number from 0.001 to 10 (default 1)
  --seed S    random seed, a whole number (default 42)
It starts the managed Neo4j if needed (and stops it again), or uses NEO4J_URI.`;

const NODE_BATCH = 5_000;
const RELATIONSHIP_BATCH = 10_000;

export interface GenerateOptions {
  scale: number;
  seed: number;
}

/** Reads --scale and --seed; a bad value throws a ConfigError naming the flag. */
export function parseGenerateArgs(args: string[]): GenerateOptions {
  const options: GenerateOptions = { scale: 1, seed: 42 };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === "--scale") {
      options.scale = Number(value);
      if (!Number.isFinite(options.scale) || options.scale < 0.001 || options.scale > 10)
        throw new ConfigError("--scale", `must be a number from 0.001 to 10, got "${value}"`);
      i += 1;
    } else if (flag === "--seed") {
      options.seed = Number(value);
      if (!Number.isInteger(options.seed)) throw new ConfigError("--seed", `must be a whole number, got "${value}"`);
      i += 1;
    } else {
      throw new ConfigError(flag, "is not an option of npm run generate (see --help)");
    }
  }
  return options;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

/**
 * Replaces the synthetic graph in the database with a new one of the given scale and seed, in batched
 * UNWIND writes, one transaction per batch, showing progress when given a log. Returns the counts and the seconds taken.
 */
export async function generate(gateway: Neo4jGateway, options: GenerateOptions, log: ((line: string) => void) | null = null) {
  const { nodes, relationships } = syntheticGraph(options.scale, options.seed);
  await gateway.applySchema();
  log?.("Removing the previous synthetic graph ...");
  await gateway.autoCommit("bench/delete-synthetic-graph");
  const started = Date.now();
  const progress = log ? new ProgressBar(nodes.length + relationships.length, "items") : null;
  for (const [label, group] of groupBy(nodes, (node: SyntheticNode) => node.label)) {
    for (let i = 0; i < group.length; i += NODE_BATCH) {
      const rows = group.slice(i, i + NODE_BATCH).map((node) => node.properties);
      await gateway.writeTransaction((tx) => tx.run("bench/create-synthetic-nodes", { label, rows }));
      progress?.tick(rows.length);
    }
  }
  const nodeSeconds = (Date.now() - started) / 1000;
  for (const [type, group] of groupBy(relationships, (relationship: SyntheticRelationship) => relationship.type)) {
    for (let i = 0; i < group.length; i += RELATIONSHIP_BATCH) {
      const rows = group.slice(i, i + RELATIONSHIP_BATCH);
      await gateway.writeTransaction((tx) => tx.run("bench/create-synthetic-relationships", { type, rows }));
      progress?.tick(rows.length);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  return { nodes: nodes.length, relationships: relationships.length, seconds, nodeSeconds };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    process.exit(0);
  }
  (async () => {
    const options = parseGenerateArgs(args);
    const log = (line: string) => console.log(line);
    const result = await withDatabase(getConfig(), (gateway) => generate(gateway, options, log), log);
    const relSeconds = result.seconds - result.nodeSeconds;
    console.log(
      `Wrote ${result.nodes} nodes and ${result.relationships} relationships (scale ${options.scale}, seed ${options.seed}) in ${result.seconds.toFixed(1)} s: ` +
        `${Math.round(result.nodes / result.nodeSeconds)} nodes/s, ${Math.round(result.relationships / relSeconds)} relationships/s.`,
    );
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof ConfigError || error instanceof ManagedNeo4jError ? error.message : `Generate failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
