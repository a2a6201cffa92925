import { GraphQLError, type ASTNode } from "graphql";
import { ErrorCode } from "./error-code";

/** The limits an operation is checked against; `extensions.limit` names the one it broke. */
export type QueryLimit = "depth" | "introspectionDepth" | "aliases" | "directives" | "tokens" | "cost" | "batch" | "subscriptions" | "exportDepth";

/** How each refusal reads: what was measured, with its figure ("12", or "at least 10001"), and what to do about it. */
const WORDING: Record<QueryLimit, { measured: (figure: string, one: boolean) => string; hint: string }> = {
  depth: { measured: (figure) => `query depth ${figure} exceeds`, hint: "select fewer nested levels, or start another query from a deeper node" },
  introspectionDepth: {
    measured: (figure) => `introspection depth ${figure} exceeds`,
    hint: "nest introspection no deeper than the standard introspection query (graphql's getIntrospectionQuery) does",
  },
  aliases: { measured: (figure, one) => (one ? "1 alias exceeds" : `${figure} aliases exceed`), hint: "ask for fewer aliased fields, or split the query" },
  directives: { measured: (figure, one) => (one ? "1 directive exceeds" : `${figure} directives exceed`), hint: "use fewer directives, or split the query" },
  tokens: { measured: (figure, one) => (one ? "1 token exceeds" : `${figure} tokens exceed`), hint: "send a shorter query" },
  cost: { measured: (figure) => `query cost ${figure} exceeds`, hint: "ask for smaller pages (first/limit) or fewer nested lists" },
  batch: {
    measured: (figure, one) => (one ? "1 operation in a batch exceeds" : `${figure} operations in a batch exceed`),
    hint: "send fewer operations per request",
  },
  subscriptions: {
    measured: (figure, one) => (one ? "1 subscription on one connection exceeds" : `${figure} subscriptions on one connection exceed`),
    hint: "complete subscriptions you no longer need, or open another connection (LIVE_MAX_SUBSCRIPTIONS)",
  },
  exportDepth: { measured: (figure) => `export depth ${figure} exceeds`, hint: "export fewer hops around the entity (EXPORT_MAX_DEPTH sets the limit)" },
};

/**
 * An operation refused before it runs because it is over one of the server's limits. The message
 * gives the figure found and the limit ("query depth 12 exceeds the limit of 10: ..."), and the
 * extensions give the same for programs: `limit` names it, `max` is the limit, `found` the figure.
 * When counting stopped early (the token count stops at ten times its limit) the figure is a lower
 * bound, and the message says "at least".
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: QueryLimit,
    readonly found: number,
    readonly max: number,
    { nodes, atLeast = false }: { nodes?: ASTNode | readonly ASTNode[]; atLeast?: boolean } = {},
  ) {
    const { measured, hint } = WORDING[limit];
    super(`${measured(atLeast ? `at least ${found}` : String(found), found === 1 && !atLeast)} the limit of ${max}: ${hint}`, {
      nodes,
      extensions: { code: ErrorCode.QueryLimitExceeded, limit, max, found },
    });
    this.name = "QueryLimitError";
  }
}
