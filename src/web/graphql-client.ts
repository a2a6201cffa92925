/** An answer with GraphQL errors, or a failed request, as one error the page can show. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/**
 * Posts one operation to the server's public GraphQL endpoint (same origin) and returns its data.
 * The pages talk to the server only through this, so they need nothing the API does not offer.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} without JSON.`, null);
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new GraphQLRequestError(first.message, first.extensions?.code ?? null);
  }
  if (!body.data) throw new GraphQLRequestError(`The server answered ${response.status} without data.`, null);
  return body.data;
}
