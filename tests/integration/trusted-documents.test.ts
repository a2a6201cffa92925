import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gql } from "@apollo/client";
import { getIntrospectionQuery, print } from "graphql";
import { buildWeb, PAGES_MANIFEST } from "../../src/cli/build-web";
import { PROJECT_ROOT } from "../../src/config";
import { manifestOf, parseManifest, sha256 } from "../../src/server/trusted-documents";
import * as explorerQueries from "../../src/web/explorer/explorer-queries";
import { EXAMPLE_TABS, PREVIEW_HEADERS } from "../../src/web/ide/example-tabs";
import { IDE_INTROSPECTION_OPTIONS } from "../../src/web/ide/introspection-options";
import { compileServer, startBuiltServer } from "./support/built-server";
import { persistedQueryClient } from "./support/persisted-query-client";
import { useTestApp } from "./support/test-app";

// The app's own operation, as Apollo Client prints it (every selection set names __typename).
const COMPANY = print(gql`
  query FotonName {
    company(id: "company:foton") {
      __typename
      id
      name
    }
  }
`);
const UNLISTED = `query NotListed { company(id: "company:foton") { name } }`;

const appManifest = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trusted-documents-")), "app.json");

/** POSTs a JSON body to the server's /graphql and returns the status and the parsed answer. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

function byHash(query: string): { extensions: { persistedQuery: { version: 1; sha256Hash: string } } } {
  return { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } };
}

describe("trusted documents (TRUSTED_DOCUMENTS)", () => {
  beforeAll(async () => {
    await buildWeb();
    fs.writeFileSync(appManifest, JSON.stringify(manifestOf([COMPANY])));
  }, 600_000);

  // The build's manifest of the pages, merged with the app's own, as docs/security.md tells operators to.
  const { client: app } = useTestApp({ seed: true, env: { TRUSTED_DOCUMENTS: `${PAGES_MANIFEST},${appManifest}`, ALLOW_BATCHING: "true" } });

  it("runs a listed operation sent as its text", async () => {
    const { status, body } = await post(app.url, { query: COMPANY });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { company: { __typename: "Company", id: "company:foton", name: "Foton" } } });
  });

  it("runs a listed operation sent by its hash alone, by POST and by GET, from the manifest", async () => {
    const { status, body } = await post(app.url, byHash(COMPANY));
    expect(status).toBe(200);
    expect(body.data.company.name).toBe("Foton");
    const search = new URLSearchParams({ extensions: JSON.stringify(byHash(COMPANY).extensions) });
    const response = await fetch(`${app.url}/graphql?${search}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual(body);
  });

  it("refuses an unlisted operation, by text or by hash, with 400 UNTRUSTED_DOCUMENT saying what to do", async () => {
    for (const request of [{ query: UNLISTED }, byHash(UNLISTED)]) {
      const { status, body } = await post(app.url, request);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        {
          message: expect.stringMatching(
            /is not a trusted document of this server.*add it to a manifest listed in TRUSTED_DOCUMENTS and restart the server\.$/,
          ),
          extensions: { code: "UNTRUSTED_DOCUMENT", sha256: sha256(UNLISTED) },
        },
      ]);
    }
  });

  it("checks the operation a GET runs, the first of repeated query parameters as Apollo reads them", async () => {
    const search = new URLSearchParams([
      ["query", UNLISTED],
      ["query", COMPANY],
    ]);
    const response = await fetch(`${app.url}/graphql?${search}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toMatchObject({ errors: [{ extensions: { code: "UNTRUSTED_DOCUMENT", sha256: sha256(UNLISTED) } }] });
  });

  it("refuses a batch that holds one unlisted operation, before running any", async () => {
    const { status, body } = await post(app.url, [{ query: COMPANY }, { query: UNLISTED }]);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("UNTRUSTED_DOCUMENT");
  });

  it("serves Apollo Client's PersistedQueryLink a listed query by hash at once, and refuses an unlisted one without the retry", async () => {
    const { client, exchanges } = persistedQueryClient(app.url);
    const { data } = await client.query({ query: gql(COMPANY), fetchPolicy: "network-only" });
    expect(data).toEqual({ company: { __typename: "Company", id: "company:foton", name: "Foton" } });
    expect(exchanges.map(({ sent, status }) => ({ sentText: sent.query !== undefined, status }))).toEqual([{ sentText: false, status: 200 }]);

    const unlisted = gql`
      query Unlisted {
        __typename
      }
    `;
    await expect(client.query({ query: unlisted, fetchPolicy: "network-only" })).rejects.toThrow("is not a trusted document of this server");
    expect(exchanges).toHaveLength(2);
    expect(exchanges[1].received.errors?.[0].extensions?.code).toBe("UNTRUSTED_DOCUMENT");
  });

  it("lists in the build's manifest every IDE example tab, the IDE's introspection query and every explorer query", () => {
    const listed = parseManifest(fs.readFileSync(PAGES_MANIFEST, "utf8")).map((operation) => operation.body);
    const explorer = Object.values(explorerQueries).filter((value) => typeof value === "string");
    expect(explorer.length).toBeGreaterThanOrEqual(6);
    expect(listed.sort()).toEqual([...EXAMPLE_TABS.map((tab) => tab.query), getIntrospectionQuery(IDE_INTROSPECTION_OPTIONS), ...explorer].sort());
  });

  it("runs every IDE example tab and the IDE's introspection query as the IDE sends them", async () => {
    for (const [index, tab] of EXAMPLE_TABS.entries()) {
      const headers = index === EXAMPLE_TABS.length - 1 ? (JSON.parse(PREVIEW_HEADERS) as Record<string, string>) : {};
      const { status, body } = await post(app.url, { query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : undefined }, headers);
      expect({ tab: index, status, errors: body.errors }).toEqual({ tab: index, status: 200, errors: undefined });
    }
    const { body } = await post(app.url, { query: getIntrospectionQuery(IDE_INTROSPECTION_OPTIONS), operationName: "IntrospectionQuery" });
    expect(body.data.__schema.queryType.name).toBe("Query");
  });

  it("stops the server at start with a message naming TRUSTED_DOCUMENTS when a manifest is malformed", async () => {
    compileServer();
    const broken = path.join(path.dirname(appManifest), "broken.json");
    fs.writeFileSync(
      broken,
      JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id: "0", name: "X", type: "query", body: "{ x }" }] }),
    );
    await expect(startBuiltServer(PROJECT_ROOT, { TRUSTED_DOCUMENTS: `${PAGES_MANIFEST},${broken}`, LOAD_SEEDS: "false" })).rejects.toThrow(
      `Configuration error: TRUSTED_DOCUMENTS names ${broken}, which has 1 bad operation: operations[0] ("X") has an "id" that is not the sha256 of its body`,
    );
  }, 120_000);
});
