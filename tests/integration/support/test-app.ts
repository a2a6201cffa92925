import type { AddressInfo } from "node:net";
import { openTestGraph, testConfig, type TestGraph } from "./test-neo4j";
import type { Logger } from "pino";
import type { Config } from "../../../src/config";
import type { Neo4jGateway } from "../../../src/db/neo4j-gateway";
import { createApp, type AppState } from "../../../src/server/create-app";
import type { Telemetry } from "../../../src/telemetry/telemetry";

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  state: AppState;
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, over the given gateway; requests go through fetch. `telemetry` replaces the one config sets up. */
export async function startTestApp(
  config: Config,
  gateway: Neo4jGateway,
  state: AppState = { seedLoaded: true, seedErrors: [] },
  logger?: Logger,
  telemetry?: Telemetry,
): Promise<TestApp> {
  const { httpServer, apollo } = await createApp(config, gateway, state, logger, [], telemetry);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    state,
    async query(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    close: () => apollo.stop(),
  };
}

/** What a suite's hooks give it: the test graph, the server (each once the suite has started), and a client of that server to hold from the start. */
export interface AppHooks {
  graph: () => TestGraph;
  app: () => TestApp;
  /** Forwards to the suite's server, so a suite can keep it in a const before beforeAll runs. */
  client: TestApp;
}

/** The settings of a production server: NODE_ENV=production, with an API key of its own (production has no development key). */
export const PRODUCTION_ENV: Record<string, string> = Object.freeze({ NODE_ENV: "production", API_KEYS: "production-key-0123456789" });

/**
 * Registers the hooks of a suite that queries a server over HTTP: the server is started on the test
 * database with `env` over the test settings (PRODUCTION_ENV, ALLOW_BATCHING...), the database first
 * emptied and loaded with the seed graph when `seed`, and both are closed after the suite.
 */
export function useTestApp({ env = {}, seed = false }: { env?: Record<string, string>; seed?: boolean } = {}): AppHooks {
  let graph: TestGraph;
  let app: TestApp;
  beforeAll(async () => {
    graph = await openTestGraph();
    if (seed) await graph.reset();
    app = await startTestApp(testConfig(env), graph.gateway);
  });
  afterAll(async () => {
    await app.close();
    await graph.close();
  });
  const client: TestApp = {
    get url() {
      return app.url;
    },
    get state() {
      return app.state;
    },
    query: (query, variables, headers) => app.query(query, variables, headers),
    close: () => app.close(),
  };
  return { graph: () => graph, app: () => app, client };
}

/** The hooks of a suite that queries the seed graph over HTTP (see useTestApp). */
export function useSeededApp(): AppHooks {
  return useTestApp({ seed: true });
}
