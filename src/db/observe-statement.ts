import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { ATTR_DB_NAMESPACE, ATTR_DB_QUERY_SUMMARY, ATTR_DB_SYSTEM_NAME, ATTR_ERROR_TYPE } from "@opentelemetry/semantic-conventions";
import { statementParent, TRACER_NAME } from "../telemetry/trace-context";
import type { RenderedCypher } from "./cypher-library";

/** Told of every statement a request sends: its cypher/ file name, how long it took, and whether it failed. */
export type StatementObserver = (statement: string, seconds: number, outcome: "ok" | "error") => void;

/** What a statement is known by in traces and metrics: its file under cypher/ (`find-related.cypher`), never its text or parameters. */
export function statementName(query: string | RenderedCypher): string {
  return `${typeof query === "string" ? query : query.template}.cypher`;
}

/** Neo4j's status code of a failure (`Neo.ClientError...`), which names what went wrong without the values involved. */
function errorType(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code ? code : error instanceof Error ? error.name : "Error";
}

/**
 * Runs one statement under a span named for its cypher/ file (a child of the request's GraphQL
 * operation) and reports its time to `observer` (the app's metrics). Neither the statement's text nor
 * its parameters are recorded. Outside a traced request and without an observer it runs `work` as is.
 */
export async function observeStatement<T>(name: string, database: string, observer: StatementObserver | null, work: () => Promise<T>): Promise<T> {
  const parent = statementParent();
  if (!parent && !observer) return work();
  const span = parent
    ? trace
        .getTracer(TRACER_NAME)
        .startSpan(
          name,
          { kind: SpanKind.CLIENT, attributes: { [ATTR_DB_SYSTEM_NAME]: "neo4j", [ATTR_DB_NAMESPACE]: database, [ATTR_DB_QUERY_SUMMARY]: name } },
          parent,
        )
    : null;
  const started = performance.now();
  let outcome: "ok" | "error" = "ok";
  try {
    return await work();
  } catch (error) {
    outcome = "error";
    span?.setStatus({ code: SpanStatusCode.ERROR });
    span?.setAttribute(ATTR_ERROR_TYPE, errorType(error));
    throw error;
  } finally {
    span?.end();
    observer?.(name, (performance.now() - started) / 1000, outcome);
  }
}
