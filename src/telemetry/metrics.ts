import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { StatementObserver } from "../db/observe-statement";
import type { DocumentObserver } from "../ingest/ingest.service";
import { OperationLabels } from "./operation-labels";

export type Outcome = "ok" | "error";

/** What the query-slot gauges read at each scrape (see QuerySlots.usage). */
export type SlotUsage = () => { inUse: number; waiting: number; max: number };

const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STATEMENT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 30];

/**
 * The Prometheus metrics of one app, in a registry of its own (not prom-client's global one), so that
 * several apps in one process (the tests) keep separate counts: GraphQL requests by operation and
 * outcome with their latency, Neo4j statements by cypher/ file with their time, the query slots, and
 * the documents ingested and deleted; plus Node's process metrics.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operations = new OperationLabels();
  private readonly requests = new Counter({
    name: "kg_graphql_requests_total",
    help: "GraphQL requests by operation name and outcome (error when the answer carries any error).",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: "kg_graphql_request_duration_seconds",
    help: "Time from the start of a GraphQL request to its answer, by operation name.",
    labelNames: ["operation"] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly statementSeconds = new Histogram({
    name: "kg_neo4j_statement_duration_seconds",
    help: "Time of each Cypher statement sent for a request, by its cypher/ file and outcome.",
    labelNames: ["statement", "outcome"] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [this.registry],
  });
  private readonly ingested = new Counter({
    name: "kg_documents_ingested_total",
    help: "ingestDocument calls by outcome: written, unchanged (the same text was already in the graph) or error.",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });
  private readonly deleted = new Counter({
    name: "kg_documents_deleted_total",
    help: "deleteDocument calls by outcome: deleted, not_found or error.",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  constructor(slots: SlotUsage) {
    const gauge = (name: string, help: string, read: (usage: ReturnType<SlotUsage>) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(slots()));
        },
      });
    gauge("kg_neo4j_query_slots_in_use", "Query slots running a transaction in Neo4j now.", (usage) => usage.inUse);
    gauge("kg_neo4j_query_slots_waiting", "Requests waiting for a query slot now.", (usage) => usage.waiting);
    gauge("kg_neo4j_query_slots_max", "Query slots in all (NEO4J_MAX_CONCURRENT_QUERIES).", (usage) => usage.max);
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts a GraphQL request: `resolved` says whether its document parsed and validated into an operation. */
  observeRequest(resolved: boolean, operationName: string | null | undefined, outcome: Outcome, seconds: number): void {
    const operation = this.operations.labelOf(resolved, operationName);
    this.requests.inc({ operation, outcome });
    this.requestSeconds.observe({ operation }, seconds);
  }

  readonly observeStatement: StatementObserver = (statement, seconds, outcome) => {
    this.statementSeconds.observe({ statement, outcome }, seconds);
  };

  readonly observeDocument: DocumentObserver = (action, outcome) => {
    (action === "ingest" ? this.ingested : this.deleted).inc({ outcome });
  };
}
