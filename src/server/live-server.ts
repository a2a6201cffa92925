import type http from "node:http";
import type { Duplex } from "node:stream";
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode, type SubscribePayload } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import type { Principal } from "../auth/authenticate";
import type { Config } from "../config";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { BadUserInputError, ErrorCode, QueryLimitError, READS_NEED_CREDENTIALS } from "../errors";
import { createEventBus } from "../events/create-event-bus";
import type { EventBus, EventBusHealth } from "../events/event-bus";
import { createContext, type GraphContext } from "../graphql/context";
import { formatError } from "./format-error";
import { queryLimits } from "./query-limits";
import { tokenLimitError } from "./token-limit";
import { untrustedOperation } from "./trusted-documents";

/** The path GraphQL is served at over HTTP; the WebSocket upgrade is accepted there too. */
const GRAPHQL_PATH = "/graphql";

export interface LiveServerOptions {
  config: Config;
  gateway: Neo4jGateway;
  schema: GraphQLSchema;
  authenticate: (header: string | undefined) => Promise<Principal>;
  logger: Logger;
}

/** What createApp wires in: the bus writes publish to, an Apollo plugin that closes it all on stop, and Redis's state for /ready. */
export interface LiveServer {
  events: EventBus;
  plugin: ApolloServerPlugin<GraphContext>;
  health(): EventBusHealth;
}

/** Answers an upgrade this server does not take with a plain HTTP refusal, then hangs up. */
function refuseUpgrade(socket: Duplex, status: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.ServiceUnavailable } }] });
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** Takes WebSocket upgrades at /graphql from an allowed origin, while fewer than LIVE_MAX_CONNECTIONS are open. */
function acceptUpgrades(httpServer: http.Server, wss: WebSocketServer, config: Config): () => void {
  const anyOrigin = config.corsOrigins.includes("*");
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== GRAPHQL_PATH) {
      // Left to another listener if there is one; else nobody would ever answer it.
      if (httpServer.listenerCount("upgrade") === 1) socket.destroy();
      return;
    }
    const origin = request.headers.origin;
    if (origin && !anyOrigin && !config.corsOrigins.includes(origin)) {
      refuseUpgrade(socket, "403 Forbidden", `Origin ${origin} is not in CORS_ORIGINS.`);
    } else if (wss.clients.size >= config.live.maxConnections) {
      refuseUpgrade(
        socket,
        "503 Service Unavailable",
        `This server holds its maximum of ${config.live.maxConnections} live connections (LIVE_MAX_CONNECTIONS); try again later.`,
      );
    } else {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
    }
  };
  httpServer.on("upgrade", onUpgrade);
  return () => httpServer.off("upgrade", onUpgrade);
}

/**
 * Reads a subscribe message as the HTTP path reads a query: tokens counted first, then parsed and
 * validated with graphql's rules and the server's limits (depth, aliases, directives, cost). Only
 * subscriptions travel over the socket; queries and mutations go over HTTP, where their plugins run.
 */
function readOperation(
  schema: GraphQLSchema,
  config: Config,
  rules: readonly ValidationRule[],
  payload: SubscribePayload,
): DocumentNode | readonly GraphQLError[] {
  const tooLong = tokenLimitError(payload.query, config.limits.maxTokens);
  if (tooLong) return [tooLong];
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const errors = validate(schema, document, rules);
  if (errors.length > 0) return errors;
  if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [new BadUserInputError("The WebSocket at /graphql carries subscriptions only; send queries and mutations as HTTP POST requests to /graphql.")];
  }
  return document;
}

/**
 * GraphQL subscriptions over graphql-ws on the http server's /graphql, under the rules of HTTP:
 * with READS_REQUIRE_AUTH the credentials (connectionParams `authorization: "Bearer ..."`) are
 * checked at connect, and a connection without valid ones is closed with 4401 and
 * "UNAUTHENTICATED: <the HTTP refusal's reason>"; every subscription is held to the query limits,
 * to LIVE_MAX_SUBSCRIPTIONS per connection, and its errors are shaped by the same formatError.
 * Events come from the bus REDIS_URL chooses (see createEventBus).
 */
export function startLiveServer(httpServer: http.Server, { config, gateway, schema, authenticate, logger }: LiveServerOptions): LiveServer {
  const events = createEventBus(config, logger);
  const format = formatError(config);
  const rules = [...specifiedRules, ...queryLimits(config)];
  // Keyed by graphql-ws's context of each connection: what its connect found, read by each subscribe.
  const principals = new WeakMap<object, Principal>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const stopUpgrades = acceptUpgrades(httpServer, wss, config);
  const server = useServer(
    {
      onConnect: async (ctx) => {
        const sent = ctx.connectionParams?.authorization;
        const principal = await authenticate(typeof sent === "string" ? sent : ctx.extra.request.headers.authorization);
        if (config.auth.readsRequireAuth && (principal.kind === "anonymous" || principal.kind === "invalid")) {
          ctx.extra.socket.close(CloseCode.Unauthorized, `${ErrorCode.Unauthenticated}: ${READS_NEED_CREDENTIALS}`);
          return false;
        }
        principals.set(ctx, principal);
        return true;
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const open = Object.keys(ctx.subscriptions).length;
        const max = config.live.maxSubscriptionsPerConnection;
        if (open > max) return [new QueryLimitError("subscriptions", open, max)];
        const untrusted = config.trustedDocuments && untrustedOperation(config.trustedDocuments, payload);
        if (untrusted) return [untrusted];
        const document = readOperation(schema, config, rules, payload);
        if (!("kind" in document)) return document;
        const principal = principals.get(ctx) ?? { kind: "anonymous", scopes: new Set() };
        const contextValue = createContext(gateway, { principal, ingestMaxBytes: config.ingest.maxBytes, requestId: randomUUID(), events });
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(error.toJSON(), error)),
      isProd: config.env === "production",
    },
    wss,
  );
  const close = async () => {
    stopUpgrades();
    await Promise.all([server.dispose(), events.close()]);
  };
  return {
    events,
    health: () => events.health(),
    plugin: { serverWillStart: () => Promise.resolve({ drainServer: close }) },
  };
}
