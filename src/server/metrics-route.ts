import type express from "express";
import type { GraphQLError } from "graphql";
import { READ_SCOPE, type Principal } from "../auth/authenticate";
import type { Config } from "../config";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { ServerMetrics } from "../telemetry/metrics";

/** Why `principal` may not read the metrics on a server whose reads need credentials; null when it may. */
export function metricsRefusal(principal: Principal): GraphQLError | null {
  if (principal.kind === "anonymous" || principal.kind === "invalid") {
    return new UnauthenticatedError("This server needs credentials for every request, /metrics included (READS_REQUIRE_AUTH)");
  }
  return principal.scopes.has(READ_SCOPE) ? null : new ForbiddenError(READ_SCOPE);
}

/**
 * GET /metrics: the app's registry in Prometheus's text format. Public like the queries, unless
 * READS_REQUIRE_AUTH is on: then it needs an API key or a token with the `read` scope, and answers
 * 401 UNAUTHENTICATED without valid credentials or 403 FORBIDDEN without the scope, in the JSON error
 * shape of the GraphQL endpoint.
 */
export function metricsRoute(config: Config, metrics: ServerMetrics, authenticate: (header: string | undefined) => Promise<Principal>): express.RequestHandler {
  return async (req, res) => {
    const refusal = config.auth.readsRequireAuth ? metricsRefusal(await authenticate(req.headers.authorization)) : null;
    if (refusal) {
      const { code, scope } = refusal.extensions as { code: string; scope?: string };
      res.status(code === "FORBIDDEN" ? 403 : 401).json({ errors: [{ message: refusal.message, extensions: { code, scope } }] });
      return;
    }
    res.setHeader("cache-control", "no-store");
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
