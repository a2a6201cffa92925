import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

/** One HTTP exchange of a client: the JSON body it sent and the status and JSON body it got back. */
export interface Exchange {
  sent: { query?: string; extensions?: { persistedQuery?: { version: number; sha256Hash: string } } };
  status: number;
  received: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface PersistedQueryClient {
  client: ApolloClient;
  /** Every HTTP request the client made, in order. */
  exchanges: Exchange[];
}

/** A sha256 in hex from node:crypto, as Apollo's PersistedQueryLink wants it. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A real Apollo Client whose link chain is Apollo's PersistedQueryLink (automatic persisted queries,
 * sha256 from node:crypto) over an HttpLink to `url`, recording each HTTP exchange so a test can count
 * the requests and see what each carried.
 */
export function persistedQueryClient(url: string): PersistedQueryClient {
  const exchanges: Exchange[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    exchanges.push({
      sent: JSON.parse(init?.body as string) as Exchange["sent"],
      status: response.status,
      received: (await response.clone().json()) as Exchange["received"],
    });
    return response;
  };
  const link = new PersistedQueryLink({ sha256: sha256Hex }).concat(new HttpLink({ uri: `${url}/graphql`, fetch: recordingFetch }));
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), exchanges };
}
