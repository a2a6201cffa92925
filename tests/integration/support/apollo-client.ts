import { ApolloClient, HttpLink, InMemoryCache, type PossibleTypesMap } from "@apollo/client";
import { buildClientSchema, getIntrospectionQuery, isAbstractType, type DocumentNode, type GraphQLSchema, type IntrospectionQuery } from "graphql";

/** The schema the running server serves, read by introspection over HTTP, as a client would read it. */
export async function introspectSchema(url: string): Promise<GraphQLSchema> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown[] };
  if (!body.data) throw new Error(`Introspection failed: ${JSON.stringify(body.errors)}`);
  return buildClientSchema(body.data);
}

/** Apollo's possibleTypes for a schema: every interface and union with the object types that implement or belong to it. */
export function possibleTypesOf(schema: GraphQLSchema): PossibleTypesMap {
  const possibleTypes: PossibleTypesMap = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !isAbstractType(type)) continue;
    possibleTypes[type.name] = schema.getPossibleTypes(type).map((member) => member.name);
  }
  return possibleTypes;
}

/** A real Apollo Client over HTTP whose fetch keeps each response body exactly as the server sent it. */
export interface RecordingClient {
  client: ApolloClient;
  cache: InMemoryCache;
  /** Parsed JSON bodies of every response, in order. */
  responses: { data?: any; errors?: unknown[] }[];
}

export function recordingClient(url: string, possibleTypes: PossibleTypesMap): RecordingClient {
  const responses: RecordingClient["responses"] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    responses.push((await response.clone().json()) as RecordingClient["responses"][number]);
    return response;
  };
  const cache = new InMemoryCache({ possibleTypes });
  const client = new ApolloClient({ link: new HttpLink({ uri: `${url}/graphql`, fetch: recordingFetch }), cache });
  return { client, cache, responses };
}

export interface RoundTrip {
  /** The `data` of the HTTP response body, untouched by the client. */
  network: any;
  /** What client.query resolved with (Apollo reads it back from the cache after writing). */
  resolved: any;
  /** What readQuery gives back for the same query and variables afterwards. */
  cached: any;
}

/**
 * Sends one operation with fetchPolicy "network-only" and reads it back from the cache. Refuses to
 * go on when the server answered with errors, so a failing query names the server's message.
 */
export async function sendAndReadBack(rc: RecordingClient, query: DocumentNode, variables?: Record<string, unknown>): Promise<RoundTrip> {
  const before = rc.responses.length;
  const result = await rc.client.query<any>({ query, variables, fetchPolicy: "network-only", errorPolicy: "all" });
  if (rc.responses.length !== before + 1) throw new Error(`Expected one HTTP response, got ${rc.responses.length - before}`);
  const body = rc.responses[before];
  if (body.errors) throw new Error(`The server answered with errors: ${JSON.stringify(body.errors, null, 2)}`);
  const cached = rc.client.readQuery<any>({ query, variables });
  return { network: body.data, resolved: result.data, cached };
}

/**
 * Where each normalised object (`__typename:id`) occurs in an answer, by path. An id found at two
 * paths is the situation a client cache has to get right: both places read the one cache entry.
 */
export function occurrences(data: unknown): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === "string" && typeof record.id === "string") {
      const key = `${record.__typename}:${record.id}`;
      found.set(key, [...(found.get(key) ?? []), path]);
    }
    for (const [field, child] of Object.entries(record)) walk(child, path ? `${path}.${field}` : field);
  };
  walk(data, "");
  return found;
}

/** The normalised objects of a type that the answer reaches from more than one place. */
export function sharedIds(data: unknown, typename: string): string[] {
  return [...occurrences(data)].filter(([key, paths]) => key.startsWith(`${typename}:`) && paths.length > 1).map(([key]) => key);
}
