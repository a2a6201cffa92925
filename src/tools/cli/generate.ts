import "reflect-metadata";
import os from "node:os";
import { Neo4jError } from "neo4j-driver";
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

/**
 * Rows per write transaction. Batches of 10,000 relationships cost Neo4j (2 GB heap) a third more CPU
 * than batches of 2,500, most of it garbage collection of the larger transaction state; below 2,500
 * the commits start to add up instead.
 */
const BATCH = 2_500;
/**
 * Write transactions in flight at once. One transaction keeps one core of Neo4j busy; two use both
 * cores of a small machine (scale 1 wrote in about two thirds of the time). Creating relationships in
 * two transactions can deadlock on a shared node, so a batch that Neo4j stops for that is run again.
 */
const CONCURRENCY = Math.min(4, Math.max(1, os.availableParallelism()));
const DEADLOCK_ATTEMPTS = 5;

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
 * Removes the graph an earlier run wrote, the seed graph left alone: its relationships first, in
 * batches of relationships, then its nodes. Deleting nodes with their relationships would put a hub's
 * tens of thousands in one transaction, past Neo4j's transaction memory at scale 4.
 */
export async function deleteSyntheticGraph(gateway: Neo4jGateway): Promise<void> {
  await gateway.autoCommit("bench/delete-synthetic-relationships");
  await gateway.autoCommit("bench/delete-synthetic-graph");
}

/** Runs `task` again when Neo4j stopped it to break a deadlock (after the driver's own retries). */
async function againOnDeadlock(task: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await task();
      return;
    } catch (error) {
      const deadlock = error instanceof Neo4jError && error.code === "Neo.TransientError.Transaction.DeadlockDetected";
      if (!deadlock || attempt >= DEADLOCK_ATTEMPTS) throw error;
    }
  }
}

/** Runs the tasks, CONCURRENCY at a time, in order of start; the first failure stops the rest. */
async function inParallel(tasks: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tasks.length) }, worker));
}

/** One write task per batch of `items`, grouped by `key`; `write` gives the statement and parameters of a group's batch. */
function batchTasks<T>(
  gateway: Neo4jGateway,
  items: T[],
  key: (item: T) => string,
  write: (group: string, batch: T[]) => [string, Record<string, unknown>],
  done: (count: number) => void,
): (() => Promise<void>)[] {
  const tasks: (() => Promise<void>)[] = [];
  for (const [group, members] of groupBy(items, key)) {
    for (let i = 0; i < members.length; i += BATCH) {
      const [statement, params] = write(group, members.slice(i, i + BATCH));
      tasks.push(async () => {
        await againOnDeadlock(() => gateway.writeTransaction((tx) => tx.run(statement, params)));
        done(Math.min(BATCH, members.length - i));
      });
    }
  }
  return tasks;
}

/**
 * Replaces the synthetic graph in the database with a new one of the given scale and seed, in batched
 * UNWIND writes, one transaction per batch and CONCURRENCY at a time (all nodes before any
 * relationship), showing progress when given a log. Returns the counts and the seconds taken.
 */
export async function generate(gateway: Neo4jGateway, options: GenerateOptions, log: ((line: string) => void) | null = null) {
  const { nodes, relationships } = syntheticGraph(options.scale, options.seed);
  await gateway.applySchema();
  log?.("Removing the previous synthetic graph ...");
  await deleteSyntheticGraph(gateway);
  const started = Date.now();
  const progress = log ? new ProgressBar(nodes.length + relationships.length, "items") : null;
  const tick = (count: number) => progress?.tick(count);
  await inParallel(
    batchTasks(
      gateway,
      nodes,
      (node: SyntheticNode) => node.label,
      (label, batch) => ["bench/create-synthetic-nodes", { label, rows: batch.map((node) => node.properties) }],
      tick,
    ),
  );
  const nodeSeconds = (Date.now() - started) / 1000;
  await inParallel(
    batchTasks(
      gateway,
      relationships,
      (relationship: SyntheticRelationship) => relationship.type,
      (type, rows) => ["bench/create-synthetic-relationships", { type, rows }],
      tick,
    ),
  );
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
