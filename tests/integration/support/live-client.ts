import type { FormattedExecutionResult as ExecutionResult } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface LiveClient {
  client: Client;
  /** Resolves once the server has acknowledged the connection: subscriptions asked for before then are sent right after. */
  connected: Promise<void>;
  /** Resolves with the close code and reason when the connection closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Starts a subscription; its results are read one by one with next(). */
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): AsyncIterableIterator<ExecutionResult<T>>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client of a test server (the package a browser or Node program would use), over the
 * `ws` WebSocket, connecting at once with `authorization` in its connectionParams when given, and
 * never retrying: a refusal reaches the test as it is.
 */
export function connectLive(httpUrl: string, authorization?: string): LiveClient {
  let onConnected: () => void = () => {};
  let onClosed: (event: { code: number; reason: string }) => void = () => {};
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : undefined,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    connected,
    closed,
    subscribe: <T>(query: string, variables?: Record<string, unknown>) => client.iterate<T, Record<string, unknown>>({ query, variables }),
    dispose: () => Promise.resolve(client.dispose()),
  };
}

/** The next result of a subscription; fails when it ends first. */
export async function nextResult<T>(results: AsyncIterableIterator<ExecutionResult<T>>): Promise<ExecutionResult<T>> {
  const { value, done } = await results.next();
  if (done) throw new Error("The subscription ended before its next result");
  return value;
}

export type GraphQLErrorJson = { message: string; extensions?: Record<string, unknown> };

/**
 * The errors a subscription was refused with: graphql-ws throws the errors of a refused subscribe
 * message from the iterator, and a refusal by the resolver arrives as a result with errors.
 */
export async function refusalOf(results: AsyncIterableIterator<ExecutionResult<unknown>>): Promise<GraphQLErrorJson[]> {
  try {
    const { value } = await results.next();
    if (value?.errors) return value.errors as GraphQLErrorJson[];
  } catch (error) {
    if (Array.isArray(error)) return error as GraphQLErrorJson[];
    throw error;
  }
  throw new Error("The subscription was not refused");
}
