import type { AddressInfo } from "node:net";
import { openTestGraph, type TestGraph } from "./test-neo4j";
import type { Logger } from "pino";
import type { Config } from "../../../src/config";
import type { Neo4jGateway } from "../../../src/db/neo4j-gateway";
import { createApp, type AppState } from "../../../src/server/create-app";

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

/** The real HTTP server on a free port, over the given gateway; requests go through fetch. */
export async function startTestApp(
  config: Config,
  gateway: Neo4jGateway,
  state: AppState = { seedLoaded: true, seedErrors: [] },
  logger?: Logger,
): Promise<TestApp> {
  const { httpServer, apollo } = await createApp(config, gateway, state, logger);
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

/**
 * Registers the hooks of a suite that queries the seed graph over HTTP: the test database is emptied
 * and loaded once, a server is started on it, and both are closed after the suite.
 */
export function useSeededApp(): { graph: () => TestGraph; app: () => TestApp } {
  let graph: TestGraph;
  let app: TestApp;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
    app = await startTestApp(graph.config, graph.gateway);
  });
  afterAll(async () => {
    await app.close();
    await graph.close();
  });
  return { graph: () => graph, app: () => app };
}
