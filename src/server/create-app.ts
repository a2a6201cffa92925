import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import cors from "cors";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Config } from "../config";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { ErrorCode } from "../errors";
import { bearerKeyMatches } from "../auth/api-key";
import { buildGraphSchema } from "../graphql/build-schema";
import { createContext, type GraphContext } from "../graphql/context";

/** Whether the seed graph has been loaded; /ready reports it. */
export interface AppState {
  seedLoaded: boolean;
  /** What went wrong loading the seed graph, if anything; /ready reports it. */
  seedErrors: string[];
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
}

function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError ?? error : error;
    const known = original instanceof GraphQLError && Object.values(ErrorCode).includes(original.extensions?.code as ErrorCode);
    if (config.env === "production" && formatted.extensions?.code === ErrorCode.InternalServerError && !known) {
      return { message: "Internal server error", extensions: { code: ErrorCode.InternalServerError } };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: config.env === "production" ? extensions : formatted.extensions };
  };
}

/**
 * Builds the HTTP server: GraphQL at /graphql, liveness at /health and readiness at /ready (Neo4j
 * answers and the seed graph is loaded). Each GraphQL request gets its own repository, so its
 * DataLoaders batch and cache within that request only.
 */
export async function createApp(config: Config, gateway: Neo4jGateway, state: AppState): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema: await buildGraphSchema(),
    introspection: config.env !== "production",
    includeStacktraceInErrorResponses: config.env === "development",
    formatError: formatError(config),
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await gateway.ping();
      if (!state.seedLoaded) {
        const status = state.seedErrors.length > 0 ? "seed-load-failed" : "loading";
        res.status(503).json({ status, neo4j: "up", seedLoaded: false, seedErrors: state.seedErrors });
        return;
      }
      res.json({ status: "ready", neo4j: "up", seedLoaded: true });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down", seedLoaded: state.seedLoaded });
    }
  });
  app.use(
    "/graphql",
    cors<cors.CorsRequest>({ origin: config.corsOrigins.includes("*") ? true : config.corsOrigins }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(gateway, { canWrite: bearerKeyMatches(req.headers.authorization, config.auth.apiKeys), ingestMaxBytes: config.ingest.maxBytes }),
    }),
  );
  return { httpServer, apollo };
}
