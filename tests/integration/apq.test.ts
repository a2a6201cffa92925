import { gql } from "@apollo/client";
import { print } from "graphql";
import { persistedQueryClient, sha256Hex } from "./support/persisted-query-client";
import { useSeededApp } from "./support/test-app";

// Every selection set names __typename, so the document Apollo Client sends is this one as written.
const MOU = gql`
  query MouName($id: ID!) {
    agreement(id: $id) {
      __typename
      id
      name
      parties {
        __typename
        role
        company {
          __typename
          id
          name
        }
      }
    }
  }
`;
const VARIABLES = { id: "agreement:foton-iveco-mou-2024" };

describe("automatic persisted queries, through Apollo Client's PersistedQueryLink", () => {
  const { client: app } = useSeededApp();

  it("sends the hash alone, registers the query on PERSISTED_QUERY_NOT_FOUND, then runs it by hash alone", async () => {
    const { client, exchanges } = persistedQueryClient(app.url);
    const hash = sha256Hex(print(MOU));

    const first = await client.query({ query: MOU, variables: VARIABLES, fetchPolicy: "network-only" });
    expect(first.data).toMatchObject({ agreement: { id: VARIABLES.id, name: "FOTON–Iveco Group Memorandum of Understanding" } });
    expect(exchanges).toHaveLength(2);
    const [miss, register] = exchanges;
    expect(miss.sent.query).toBeUndefined();
    expect(miss.sent.extensions?.persistedQuery).toEqual({ version: 1, sha256Hash: hash });
    expect(miss.received.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(register.sent.query).toBe(print(MOU));
    expect(register.sent.extensions?.persistedQuery?.sha256Hash).toBe(hash);
    expect(register.received.errors).toBeUndefined();

    const second = await client.query({ query: MOU, variables: VARIABLES, fetchPolicy: "network-only" });
    expect(second.data).toEqual(first.data);
    expect(exchanges).toHaveLength(3);
    expect(exchanges[2].sent.query).toBeUndefined();
    expect(exchanges[2].sent.extensions?.persistedQuery?.sha256Hash).toBe(hash);
    expect(exchanges[2].received).toEqual({ data: register.received.data });
  });

  it("keeps a registered query on the server: another client runs it by hash alone at once", async () => {
    const registering = persistedQueryClient(app.url);
    await registering.client.query({ query: MOU, variables: VARIABLES, fetchPolicy: "network-only" });

    const { client, exchanges } = persistedQueryClient(app.url);
    const { data } = await client.query({ query: MOU, variables: VARIABLES, fetchPolicy: "network-only" });
    expect(data).toMatchObject({ agreement: { id: VARIABLES.id } });
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0].sent.query).toBeUndefined();
    expect(exchanges[0].status).toBe(200);
  });

  it("refuses a query whose text does not match the hash it claims", async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(print(MOU)) } } }),
    });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toMatchObject({ errors: [{ message: "provided sha does not match query" }] });
  });
});
