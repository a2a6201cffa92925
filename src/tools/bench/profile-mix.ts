import { execute, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import neo4j, { type Driver, type ProfiledPlan } from "neo4j-driver";
import type { Config } from "../../config";
import { cypher, type RenderedCypher } from "../../db/cypher-library";
import { Neo4jGateway, type Params, type Row } from "../../db/neo4j-gateway";
import { buildGraphSchema } from "../../graphql/build-schema";
import { createContext } from "../../graphql/context";
import { planOperation } from "../../graphql/prefetch/projection.plugin";
import { nameKey } from "../../model/name-key";
import { chooseTargets } from "./run-bench";
import { queryMix, type BenchTargets, type MixQuery } from "./query-mix";

/** What PROFILE says of one statement: its db hits and rows, and its server time unprofiled (median of a few runs). */
export interface StatementProfile {
  statement: string;
  dbHits: number;
  rows: number;
  serverMs: number;
}

export interface QueryProfile {
  query: string;
  floor: StatementProfile;
  /** The statements our server sends for the query's GraphQL, in order. */
  ours: StatementProfile[];
}

export interface ProfileReport {
  startedAt: string;
  graph: { nodes: number; relationships: number };
  targets: BenchTargets;
  queries: QueryProfile[];
}

/** Unprofiled runs per statement: the first ones warm the plan cache and the page cache, the median of the rest is kept. */
const TIMED_RUNS = 5;

/** A gateway that notes every read statement it is given, with its parameters, before running it. */
class RecordingGateway extends Neo4jGateway {
  readonly recorded: { query: string | RenderedCypher; params: Params }[] = [];

  override read(query: string | RenderedCypher, params: Params = {}): Promise<Row[]> {
    this.recorded.push({ query, params });
    return super.read(query, params);
  }
}

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

/** Runs a statement a few times, then once more under PROFILE, in a session of its own. */
async function profileStatement(driver: Driver, database: string, statement: string, text: string, params: Params): Promise<StatementProfile> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const times: number[] = [];
    for (let run = 0; run < TIMED_RUNS + 2; run += 1) {
      const { summary } = await session.run(text, params);
      if (run >= 2) times.push(summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber());
    }
    const result = await session.run(`PROFILE ${text}`, params);
    const plan = result.summary.profile;
    if (!plan) throw new Error(`PROFILE gave no plan for ${statement}`);
    times.sort((a, b) => a - b);
    return { statement, dbHits: totalDbHits(plan), rows: result.records.length, serverMs: times[Math.floor(times.length / 2)] };
  } finally {
    await session.close();
  }
}

/** The statements our server sends for one query of the mix, found by running its GraphQL in this process with the server's projection plan. */
async function ourStatements(schema: GraphQLSchema, recorder: RecordingGateway, query: MixQuery) {
  recorder.recorded.length = 0;
  const document = parse(query.ours.query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const contextValue = createContext(recorder);
  contextValue.repository.project(planOperation(schema, document, operation));
  const result = await execute({ schema, document, variableValues: query.ours.variables, contextValue });
  if (result.errors?.length) throw new Error(`Our server fails query "${query.name}": ${result.errors.map((error) => error.message).join("; ")}`);
  return recorder.recorded.map(({ query: statement, params }) =>
    typeof statement === "string" ? { name: statement, text: cypher(statement), params } : { name: statement.template, text: statement.text, params },
  );
}

/**
 * PROFILEs each query of the mix on the graph the database holds: the floor's Cypher file, and every
 * statement our server sends for the same GraphQL (recorded by running it in this process). Db hits
 * and rows are what cypher/bench/floor-*.cypher write down in their headers; the server times are a
 * rough guide only. Full-text index calls count no db hits for the Lucene work itself.
 */
export async function profileMix(config: Config, gateway: Neo4jGateway, only: string[], log: (line: string) => void): Promise<ProfileReport> {
  const { targets } = await chooseTargets(gateway);
  const mix = queryMix(targets, nameKey(targets.companyName)).filter((query) => only.length === 0 || only.some((prefix) => query.name.startsWith(prefix)));
  const [counts] = await gateway.read("count-graph");
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const recorder = new RecordingGateway(config.neo4j);
  const schema = await buildGraphSchema();
  const queries: QueryProfile[] = [];
  try {
    for (const query of mix) {
      log(`profiling ${query.name} ...`);
      const floor = await profileStatement(driver, config.neo4j.database, query.floor.cypher, cypher(query.floor.cypher), query.floor.params);
      const ours: StatementProfile[] = [];
      for (const statement of await ourStatements(schema, recorder, query)) {
        ours.push(await profileStatement(driver, config.neo4j.database, statement.name, statement.text, statement.params));
      }
      queries.push({ query: query.name, floor, ours });
    }
  } finally {
    await recorder.close();
    await driver.close();
  }
  return { startedAt: new Date().toISOString(), graph: { nodes: counts.nodes as number, relationships: counts.relationships as number }, targets, queries };
}

/** The profile as plain text: per query, the floor's line, then ours, statement by statement, with their total. */
export function formatProfile(report: ProfileReport): string {
  const line = (who: string, p: StatementProfile) =>
    `  ${who.padEnd(6)} ${p.statement.padEnd(44)} ${String(p.dbHits).padStart(9)} ${String(p.rows).padStart(6)} ${p.serverMs.toFixed(0).padStart(7)}`;
  const lines = [
    `Graph: ${report.graph.nodes} nodes, ${report.graph.relationships} relationships; ${report.startedAt}`,
    `Targets: ${JSON.stringify(report.targets)}`,
    "",
    `  ${"".padEnd(6)} ${"statement".padEnd(44)} ${"db hits".padStart(9)} ${"rows".padStart(6)} ${"server ms".padStart(7)}`,
  ];
  for (const query of report.queries) {
    lines.push(query.query, line("floor", query.floor));
    for (const statement of query.ours) lines.push(line("ours", statement));
    if (query.ours.length > 1) {
      const hits = query.ours.reduce((sum, p) => sum + p.dbHits, 0);
      const ms = query.ours.reduce((sum, p) => sum + p.serverMs, 0);
      lines.push(
        `  ${"ours".padEnd(6)} ${`(${query.ours.length} statements)`.padEnd(44)} ${String(hits).padStart(9)} ${"".padStart(6)} ${ms.toFixed(0).padStart(7)}`,
      );
    }
  }
  lines.push(
    "",
    "Db hits and rows from PROFILE; server ms: median of 5 unprofiled runs, as Neo4j reports them (noisy). Full-text index calls count no db hits for Lucene's own work.",
  );
  return lines.join("\n");
}
