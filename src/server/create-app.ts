import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import cors from "cors";
import express from "express";
import type { Config } from "../config";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { QueryLimitError, READS_NEED_CREDENTIALS, UnauthenticatedError } from "../errors";
import { createAuthenticator } from "../auth/authenticate";
import { buildGraphSchema } from "../graphql/build-schema";
import { createContext, type GraphContext } from "../graphql/context";
import { formatError } from "./format-error";
import { projectionPlugin } from "../graphql/prefetch/projection.plugin";
import { queryLimits } from "./query-limits";
import { tokenLimit } from "./token-limit";
import { persistedQueries } from "./persisted-queries";
import { trustedDocumentsCheck } from "./trusted-documents";
import { webPages } from "./web-pages";
import { exportRoutes } from "../export/export.routes";
import { createLogger } from "./logger";
import { requestLogPlugin } from "./request-log.plugin";
import { startLiveServer } from "./live-server";
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { healthRoutes, type AppState } from "./health-routes";
import { createTelemetry, type Telemetry } from "../telemetry/telemetry";
import { traceRequests } from "./trace-requests";
import { tracingPlugin } from "./tracing.plugin";
import { metricsPlugin } from "./metrics.plugin";
import { metricsRoute } from "./metrics-route";

export type { AppState } from "./health-routes";

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
}

/** Every response carries an x-request-id: the client's own when it sent a sane one, else a new UUID. */
const assignRequestId: express.RequestHandler = (req, res, next) => {
  const given = req.header("x-request-id");
  res.setHeader("x-request-id", given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID());
  next();
};

/**
 * Every GraphQL answer says `Cache-Control: no-store`, which is what Apollo's cache-control plugin
 * says when no field carries a cache hint (none does here). That plugin is off: it hooks every field
 * of every request (Apollo then wraps each resolver of the schema to time it), for hints this API
 * never gives.
 */
const noStore: ApolloServerPlugin<GraphContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
        return Promise.resolve();
      },
    });
  },
};

/** A body that is not JSON, or over 1 MB, gets a GraphQL-shaped 400 or 413 rather than an HTML page. */
const jsonBodyErrors: express.ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === "entity.too.large") {
    res
      .status(413)
      .json({ errors: [{ message: "The request body is over 1 MB; send a smaller query or article.", extensions: { code: "REQUEST_TOO_LARGE" } }] });
  } else if (error.type === "entity.parse.failed" || error.type === "encoding.unsupported" || error.type === "charset.unsupported") {
    res
      .status(400)
      .json({ errors: [{ message: 'The request body is not valid JSON; send {"query": "...", "variables": {...}}.', extensions: { code: "BAD_REQUEST" } }] });
  } else {
    next(error);
  }
};

/** A batch is refused before any of its operations is read when batching is off, or when it holds more operations than allowed. */
function checkBatch(config: Config): express.RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body) && !config.limits.batching) {
      res.status(400).json({
        errors: [
          {
            message: "Batched requests (a JSON array of operations) are off on this server (ALLOW_BATCHING); send one operation per request.",
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      });
      return;
    }
    if (Array.isArray(req.body) && req.body.length > config.limits.maxBatch) {
      const { message, extensions } = new QueryLimitError("batch", req.body.length, config.limits.maxBatch);
      res.status(400).json({ errors: [{ message, extensions }] });
      return;
    }
    next();
  };
}

/**
 * Builds the HTTP server: GraphQL at /graphql (subscriptions over a WebSocket there, see live-server.ts),
 * the IDE at / and the explorer at /explore, liveness at /health and readiness at /ready (Neo4j
 * answers and the seed graph is loaded). Each GraphQL request gets its own repository, so its
 * DataLoaders batch and cache within that request only. `plugins` are added after the server's own
 * (the overhead measurement of `npm run bench -- --overhead` times requests with one). `telemetry`
 * (traces, and metrics at /metrics) comes from config unless a test brings its own.
 */
export async function createApp(
  config: Config,
  gateway: Neo4jGateway,
  state: AppState,
  logger: Logger = createLogger(config),
  plugins: ApolloServerPlugin<GraphContext>[] = [],
  telemetry: Telemetry = createTelemetry(config, gateway),
): Promise<App> {
  const app = express();
  if (telemetry.tracing) app.use(traceRequests(telemetry.tracing.tracer));
  app.use(assignRequestId);
  const httpServer = http.createServer(app);
  const authenticate = createAuthenticator(config.auth);
  const schema = await buildGraphSchema();
  const live = startLiveServer(httpServer, { config, gateway, schema, authenticate, logger });
  const apollo = new ApolloServer<GraphContext>({
    schema,
    introspection: config.limits.introspection,
    allowBatchedHttpRequests: config.limits.batching,
    csrfPrevention: true,
    persistedQueries: persistedQueries(config.trustedDocuments),
    validationRules: queryLimits(config),
    includeStacktraceInErrorResponses: config.env === "development",
    formatError: formatError(config),
    stopOnTerminationSignals: false,
    plugins: [
      ...(telemetry.tracing ? [tracingPlugin(telemetry.tracing)] : []),
      ...(telemetry.metrics ? [metricsPlugin(telemetry.metrics)] : []),
      requestLogPlugin(logger),
      projectionPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads its IDE from a CDN; ours is bundled and served by webPages.
      ApolloServerPluginLandingPageDisabled(),
      // The schema gives no cache hints, so the default cache-control plugin would only compute an
      // empty policy field by field: over a third of what a 200-node neighborhood allocated.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      live.plugin,
      ...plugins,
    ],
  });
  await apollo.start();

  app.use(healthRoutes(gateway, state, () => live.health()));
  if (telemetry.metrics) app.get("/metrics", metricsRoute(config, telemetry.metrics, authenticate));
  app.use(exportRoutes(config, gateway, authenticate));
  app.use(webPages(config));
  // An app of its own so that its answers carry no ETag: hashing every answer (about 150 µs for a
  // 75 KB one) buys nothing for POSTs, which no cache revalidates. The pages keep theirs.
  const graphql = express();
  graphql.set("etag", false);
  app.use("/graphql", graphql);
  graphql.use(
    cors<cors.CorsRequest>({ origin: config.corsOrigins.includes("*") ? true : config.corsOrigins }),
    express.json({ limit: "1mb" }),
    checkBatch(config),
    ...(config.trustedDocuments ? [trustedDocumentsCheck(config.trustedDocuments)] : []),
    tokenLimit(config.limits.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const principal = await authenticate(req.headers.authorization);
        if (config.auth.readsRequireAuth && (principal.kind === "anonymous" || principal.kind === "invalid")) {
          throw new UnauthenticatedError(READS_NEED_CREDENTIALS);
        }
        const requestId = String(res.getHeader("x-request-id"));
        return createContext(gateway, { principal, ingestMaxBytes: config.ingest.maxBytes, requestId, events: live.events, metrics: telemetry.metrics });
      },
    }),
  );
  app.use(jsonBodyErrors);
  return { httpServer, apollo };
}
