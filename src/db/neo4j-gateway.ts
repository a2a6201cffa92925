import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { Config } from "../config";
import { cypher, cypherStatements, type RenderedCypher } from "./cypher-library";
import { mapNeo4jError } from "./map-neo4j-error";
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
   * the statements the request sends, which the request log reports as round trips.
   */
  forRequest(): { gateway: Neo4jGateway; statements: () => number } {
    const view = Object.create(this) as Neo4jGateway;
    const totals = { statements: 0 };
    view.requestTotals = totals;
    return { gateway: view, statements: () => totals.statements };
  }

  /** How many Cypher statements this gateway has sent since it was made. */
  get statementsSent(): number {
    return this.totals.statements;
  }

  private async runIn(tx: ManagedTransaction, query: string | RenderedCypher, params: Params): Promise<Row[]> {
    this.countStatement();
    const result = await tx.run(typeof query === "string" ? cypher(query) : query.text, params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /** Runs a query of cypher/ (by name), or one rendered from its templates, in a managed read transaction. */
  async read(query: string | RenderedCypher, params: Params = {}): Promise<Row[]> {
    return this.slots.run("read", () => this.readNow(query, params));
  }

  /** A read that does not wait for a query slot: for health checks, which must not fail because the server is busy. */
  private async readNow(query: string | RenderedCypher, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    try {
      return await session.executeRead((tx) => this.runIn(tx, query, params), { timeout: this.config.queryTimeoutMs });
    } catch (error) {
      throw mapNeo4jError(error, this.config.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  async write(queryName: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(queryName, params));
  }

  /** Runs `work` in one managed write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, timeoutMs = this.config.queryTimeoutMs * 6): Promise<T> {
    return this.slots.run("write", async () => {
      const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
      try {
        return await session.executeWrite((tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }), { timeout: timeoutMs });
      } catch (error) {
        throw mapNeo4jError(error, timeoutMs);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Runs one statement in an auto-commit transaction, as `CALL { ... } IN TRANSACTIONS` needs; for
   * batch maintenance only, never for a request.
   */
  async autoCommit(queryName: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.config.database });
    try {
      this.countStatement();
      await session.run(cypher(queryName), params, { timeout: MAINTENANCE_TIMEOUT_MS });
    } catch (error) {
      throw mapNeo4jError(error, this.config.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Applies the constraints and indexes of `cypher/schema.cypher` (each is IF NOT EXISTS, so this is idempotent) and waits for them to be online. */
  async applySchema(): Promise<void> {
    const session = this.driver.session({ database: this.config.database });
    try {
      for (const statement of cypherStatements("schema")) {
        this.countStatement();
        await session.run(statement, {}, { timeout: SCHEMA_TIMEOUT_MS });
      }
      this.countStatement();
      await session.run(cypher("await-indexes"), {}, { timeout: SCHEMA_TIMEOUT_MS });
      // The first lookup by name after a start pays for opening the full-text searcher and planning
      // the statement (about a second on a cold JVM); paying it here keeps it out of a request.
      this.countStatement();
      await session.run(cypher("find-nodes-by-name"), { key: "", keysQueries: ['"warm up"'], labels: ["Company"], limit: 1 }, { timeout: SCHEMA_TIMEOUT_MS });
    } catch (error) {
      throw mapNeo4jError(error, this.config.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Says whether the database answers with these credentials, without throwing: the managed server
   * polls this while it starts, and tells a wrong password apart from a server not up yet.
   */
  async probe(): Promise<"ok" | "unauthorized" | "unavailable"> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.countStatement();
      await session.run(cypher("ping"));
      return "ok";
    } catch (error) {
      return (error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized" ? "unauthorized" : "unavailable";
    } finally {
      await session.close();
    }
  }

  /** Resolves when the database answers a trivial query; throws SERVICE_UNAVAILABLE otherwise. */
  /** Whether Neo4j answers; it skips the query slots, so /ready says "up" while the server is merely busy. */
  async ping(): Promise<void> {
    await this.readNow("ping", {});
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
