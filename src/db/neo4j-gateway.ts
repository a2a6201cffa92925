import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type Session, type SessionMode } from "neo4j-driver";
import type { Config } from "../config";
import { modelInUse } from "../model/model-in-use";
import type { GraphModelSpec } from "../model/model-spec";
import { cypher, renderCypher, type RenderedCypher } from "./cypher-library";
import { graphSchema, readSchemaRow, StaleConstraintError, staleSchemaItems, type ExistingSchemaItem } from "./graph-schema";
import { mapNeo4jError } from "./map-neo4j-error";
import { observeStatement, statementName, type StatementObserver } from "./observe-statement";
import { QuerySlots } from "./query-slots";
import { toPlain } from "./to-plain";

/** Schema changes and index builds can take a while on a large graph; they still may not hang forever. */
const SCHEMA_TIMEOUT_MS = 120_000;
/** Batch maintenance such as emptying the database. */
const MAINTENANCE_TIMEOUT_MS = 600_000;

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A write transaction handed to a unit of work: every statement runs inside the same transaction. */
export interface WriteTransaction {
  run(query: string | RenderedCypher, params?: Params): Promise<Row[]>;
}

/**
 * The single door to Neo4j. It owns the driver, always names the database, runs managed read and
 * write transactions with the configured timeout, closes every session, and maps Neo4j's errors to
 * domain errors. It also counts the Cypher statements it sends, so that tests and logs can see how
 * many round trips a request costs.
 */
export class Neo4jGateway {
  private readonly driver: Driver;
  /**
   * Shared by every read and write session: a read waits for the writes this process has committed,
   * so a client reads its own ingest even when a cluster sends the read to a secondary.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  /** Shared by every request view of this gateway (see forRequest), so the total stays whole. */
  private readonly totals = { statements: 0 };
  /** Set on a request view only. */
  private requestTotals: { statements: number } | null = null;
  /** Set on a request view only: the app's metrics, told of each statement the request sends. */
  private statementObserver: StatementObserver | null = null;
  /** Shared by every request view too: the cap is per process. */
  private readonly slots: QuerySlots;

  constructor(private readonly config: Config["neo4j"]) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: config.connectionAcquisitionTimeoutMs,
      connectionTimeout: config.connectionAcquisitionTimeoutMs,
      maxTransactionRetryTime: config.connectionAcquisitionTimeoutMs,
      logging: { level: "error", logger: () => {} },
    });
    this.slots = new QuerySlots(config.maxConcurrentQueries, config.queryTimeoutMs);
  }

  private countStatement(): void {
    this.totals.statements += 1;
    if (this.requestTotals) this.requestTotals.statements += 1;
  }

  /**
   * A view of this gateway for one request: it shares the driver and the totals, and also counts
   * the statements the request sends, which the request log reports as round trips, and tells
   * `observer` (the app's metrics) of each.
   */
  forRequest(observer: StatementObserver | null = null): { gateway: Neo4jGateway; statements: () => number } {
    const view = Object.create(this) as Neo4jGateway;
    const totals = { statements: 0 };
    view.requestTotals = totals;
    view.statementObserver = observer;
    return { gateway: view, statements: () => totals.statements };
  }

  /** The query slots' use now, for the metrics' gauges. */
  querySlotUsage(): { inUse: number; waiting: number; max: number } {
    return this.slots.usage();
  }

  /** Runs one statement under a span and a measurement named for its cypher/ file (see observeStatement). */
  private observed<T>(query: string | RenderedCypher, work: () => Promise<T>): Promise<T> {
    return observeStatement(statementName(query), this.config.database, this.statementObserver, work);
  }

  /** How many Cypher statements this gateway has sent since it was made. */
  get statementsSent(): number {
    return this.totals.statements;
  }

  private async runIn(tx: ManagedTransaction, query: string | RenderedCypher, params: Params): Promise<Row[]> {
    this.countStatement();
    const result = await this.observed(query, () => tx.run(typeof query === "string" ? cypher(query) : query.text, params));
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /** Runs a query of cypher/ (by name), or one rendered from its templates, in a managed read transaction. */
  async read(query: string | RenderedCypher, params: Params = {}): Promise<Row[]> {
    return this.slots.run("read", () => this.readNow(query, params));
  }

  /**
   * A read that does not wait for a query slot (health checks call it directly: they must not fail
   * because the server is busy). It runs as one auto-commit statement: a managed transaction costs a
   * BEGIN and a COMMIT round trip more, and its driver waits for BEGIN's answer before it sends the
   * statement. A read needs no commit, and its bookmarks are the same. A failure that executeRead
   * would retry (the database restarting, a cluster member leaving) goes on to executeRead, which
   * retries it for up to NEO4J_ACQUISITION_TIMEOUT_MS.
   */
  private readNow(query: string | RenderedCypher, params: Params): Promise<Row[]> {
    const timeout = this.config.queryTimeoutMs;
    return this.withSession(neo4j.session.READ, timeout, async (session) => {
      try {
        return await this.observed(query, () => this.runAlone(session, typeof query === "string" ? cypher(query) : query.text, params, timeout));
      } catch (error) {
        if (!isRetryableError(error)) throw error;
        return session.executeRead((tx) => this.runIn(tx, query, params), { timeout });
      }
    });
  }

  /**
   * Runs `work` in a session of the configured database that is always closed, and maps Neo4j's
   * errors to domain errors, reporting `timeoutMs` — the timeout the work really ran with.
   */
  private async withSession<T>(mode: SessionMode, timeoutMs: number, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
    try {
      return await work(session);
    } catch (error) {
      throw mapNeo4jError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** One statement outside a managed transaction (schema commands, batch maintenance), counted like the rest. */
  private async runAlone(session: Session, text: string, params: Params, timeoutMs: number): Promise<Row[]> {
    this.countStatement();
    const result = await session.run(text, params, { timeout: timeoutMs });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  async write(queryName: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(queryName, params));
  }

  /** Runs `work` in one managed write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, timeoutMs = this.config.queryTimeoutMs * 6): Promise<T> {
    return this.slots.run("write", () =>
      this.withSession(neo4j.session.WRITE, timeoutMs, (session) =>
        session.executeWrite((tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }), { timeout: timeoutMs }),
      ),
    );
  }

  /**
   * Runs one statement in an auto-commit transaction, as `CALL { ... } IN TRANSACTIONS` needs; for
   * batch maintenance only, never for a request.
   */
  async autoCommit(queryName: string, params: Params = {}): Promise<void> {
    await this.withSession(neo4j.session.WRITE, MAINTENANCE_TIMEOUT_MS, (session) => this.runAlone(session, cypher(queryName), params, MAINTENANCE_TIMEOUT_MS));
  }

  /**
   * Gives the database the constraints and indexes the model needs (see graphSchema): an index whose
   * name the model uses but whose definition differs (a full-text index from before a label was
   * added) is dropped and made again, and the rest are created if missing. A constraint that differs
   * is never dropped here (StaleConstraintError says what to run). Then it waits for them all.
   */
  async applySchema(model: GraphModelSpec = modelInUse().model): Promise<void> {
    const wanted = graphSchema(model);
    await this.withSession(neo4j.session.WRITE, SCHEMA_TIMEOUT_MS, async (session) => {
      const stale = staleSchemaItems(wanted, await this.existingSchema(session));
      // Dropping a uniqueness constraint would open a window for duplicates: that is for a person to do.
      const constraints = stale.filter((item) => item.kind === "constraint");
      if (constraints.length) throw new StaleConstraintError(constraints);
      for (const item of stale) await this.runAlone(session, renderCypher("schema/drop-index", { name: item.name }), {}, SCHEMA_TIMEOUT_MS);
      for (const item of wanted) await this.runAlone(session, item.create, {}, SCHEMA_TIMEOUT_MS);
      await this.runAlone(session, cypher("schema/await-indexes"), {}, SCHEMA_TIMEOUT_MS);
      // The first lookup by name after a start pays for opening the full-text searcher and planning
      // the statement (about a second on a cold JVM); paying it here keeps it out of a request.
      await this.runAlone(
        session,
        renderCypher("find-nodes-by-name", { matches: renderCypher("find-nodes-by-name-matches", {}) }),
        { key: "", keysQueries: ['"warm up"'], labels: [model.documentLabel], limit: 1 },
        SCHEMA_TIMEOUT_MS,
      );
    });
  }

  /** The constraints and free-standing indexes the database has, in graphSchema's terms. */
  private async existingSchema(session: Session): Promise<ExistingSchemaItem[]> {
    const constraints = await this.runAlone(session, cypher("schema/show-constraints"), {}, SCHEMA_TIMEOUT_MS);
    const indexes = await this.runAlone(session, cypher("schema/show-indexes"), {}, SCHEMA_TIMEOUT_MS);
    return [...constraints.map((row) => readSchemaRow("constraint", row)), ...indexes.map((row) => readSchemaRow("index", row))];
  }

  /**
   * Says whether the database answers with these credentials, without throwing: the managed server
   * polls this while it starts, and tells a wrong password apart from a server not up yet.
   */
  async probe(): Promise<"ok" | "unauthorized" | "unavailable"> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      await this.runAlone(session, cypher("ping"), {}, this.config.queryTimeoutMs);
      return "ok";
    } catch (error) {
      return (error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized" ? "unauthorized" : "unavailable";
    } finally {
      await session.close();
    }
  }

  /** Whether Neo4j answers; it skips the query slots, so /ready says "up" while the server is merely busy. */
  async ping(): Promise<void> {
    await this.readNow("ping", {});
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
