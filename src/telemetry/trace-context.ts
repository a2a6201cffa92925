import { context, createContextKey, trace, type Context, type Span } from "@opentelemetry/api";

/** The name this server's spans are recorded under (the instrumentation scope). */
export const TRACER_NAME = "knowledge-graph-server";

const OPERATION_SPAN = createContextKey("knowledge-graph-server GraphQL operation span");

/** Filled by the operation's Apollo plugin once the request runs; the HTTP middleware makes it empty. */
interface OperationHolder {
  span: Span | null;
}

/**
 * The context a traced request runs in: its HTTP span, and room for the span of its GraphQL
 * operation. Apollo's plugins cannot wrap execution in a context of their own, so the operation span
 * goes into this holder, which the resolvers' statements read (see statementParent).
 */
export function requestContext(parent: Context, httpSpan: Span): Context {
  const holder: OperationHolder = { span: null };
  return trace.setSpan(parent, httpSpan).setValue(OPERATION_SPAN, holder);
}

/** Makes `span` the parent of the statements the current request sends from now on. */
export function setOperationSpan(span: Span): void {
  const holder = context.active().getValue(OPERATION_SPAN) as OperationHolder | undefined;
  if (holder) holder.span = span;
}

/**
 * The context a Cypher statement's span starts in: under the request's GraphQL operation, else under
 * whatever span is active. Undefined outside a traced request (tracing off, seed loading), so that an
 * untraced statement costs one lookup and no span.
 */
export function statementParent(active: Context = context.active()): Context | undefined {
  const holder = active.getValue(OPERATION_SPAN) as OperationHolder | undefined;
  if (holder?.span) return trace.setSpan(active, holder.span);
  return trace.getSpan(active) ? active : undefined;
}
