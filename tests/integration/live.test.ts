import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { manifestOf } from "../../src/server/trusted-documents";
import { DEVELOPMENT_API_KEY } from "../../src/config";
import { Kind, OperationTypeNode, parse } from "graphql";
import { graphqlExamples } from "./support/doc-files";
import { INGEST, LIVE_ARTICLE, liveArticle } from "./support/live-article";
import { connectLive, nextResult, refusalOf, type LiveClient } from "./support/live-client";
import { startTestApp, useSeededApp, type TestApp } from "./support/test-app";
import { testConfig } from "./support/test-neo4j";

const KEY = `Bearer ${DEVELOPMENT_API_KEY}`;
const WRITER = { authorization: KEY };
const FOTON = "company:foton";

/** How the server answers a WebSocket upgrade at /graphql: 101 when it takes it, else the refusal's status and JSON body. */
function upgradeAnswer(url: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
    socket.on("open", () => {
      resolve({ status: 101, body: null });
      socket.close();
    });
    socket.on("unexpected-response", (_request, response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    socket.on("error", reject);
  });
}

/** The subscriptions among the ```graphql blocks of the docs (docs-examples.test.ts sends only the queries over HTTP). */
const documentedSubscriptions = () =>
  graphqlExamples()
    .map((example) => example.query)
    .filter((query) =>
      parse(query).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION),
    );

const DOCUMENT_INGESTED = `subscription { documentIngested { id title source publishedOn newEntities existingEntities facts entityIds } }`;
const ENTITY_CHANGED = `subscription($id: ID!) { entityChanged(id: $id) { id documentId cause } }`;

describe("live updates over graphql-ws at /graphql", () => {
  const { app, graph } = useSeededApp();
  const clients: LiveClient[] = [];
  const open = (url: string, authorization?: string) => {
    const live = connectLive(url, authorization);
    clients.push(live);
    return live;
  };

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((live) => live.dispose()));
  });

  it("tells subscribers of an ingested article and of each entity it touches, then of its deletion", async () => {
    const live = open(app().url);
    const ingested = live.subscribe(DOCUMENT_INGESTED);
    const deleted = live.subscribe(`subscription { documentDeleted { id removedRelationships entityIds } }`);
    const foton = live.subscribe(ENTITY_CHANGED, { id: FOTON });
    const documented = documentedSubscriptions().map((query) => live.subscribe(query));
    expect(documented.length).toBeGreaterThan(0);
    await live.connected;

    const { data, errors } = await app().query(INGEST, { input: LIVE_ARTICLE }, WRITER);
    expect(errors).toBeUndefined();
    const documentId: string = data.ingestDocument.document.id;

    const event = (await nextResult(ingested)).data!.documentIngested;
    expect(event).toMatchObject({ id: documentId, title: LIVE_ARTICLE.title, source: "Test Wire", publishedOn: "2025-03-04" });
    expect(event.existingEntities).toBeGreaterThanOrEqual(3);
    expect(event.newEntities).toBeGreaterThanOrEqual(1);
    expect(event.facts).toBeGreaterThan(0);
    expect(event.entityIds).toEqual(expect.arrayContaining([FOTON, "company:iveco-group", "company:catl"]));
    expect(await nextResult(foton)).toEqual({ data: { entityChanged: { id: FOTON, documentId, cause: "DOCUMENT_INGESTED" } } });
    for (const example of documented) expect((await nextResult(example)).errors).toBeUndefined();

    const removal = await app().query(`mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`, { id: documentId }, WRITER);
    expect(removal.errors).toBeUndefined();
    const gone = (await nextResult(deleted)).data!.documentDeleted;
    expect(gone.id).toBe(documentId);
    expect(gone.removedRelationships).toBeGreaterThan(0);
    expect(gone.entityIds).toContain(FOTON);
    expect(await nextResult(foton)).toEqual({ data: { entityChanged: { id: FOTON, documentId, cause: "DOCUMENT_DELETED" } } });
  });

  it("refuses entityChanged for a malformed id with BAD_USER_INPUT, as a query argument is refused", async () => {
    const [error] = await refusalOf(open(app().url).subscribe(ENTITY_CHANGED, { id: "not an id" }));
    expect(error.extensions!.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("must be a node id");
  });

  it("carries subscriptions only: a query over the socket is refused and pointed at HTTP", async () => {
    const [error] = await refusalOf(open(app().url).subscribe(`{ company(id: "${FOTON}") { name } }`));
    expect(error.extensions!.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("HTTP POST");
  });

  describe("under the server's limits", () => {
    let strict: TestApp;
    beforeAll(async () => {
      strict = await startTestApp(testConfig({ MAX_QUERY_DEPTH: "1", LIVE_MAX_SUBSCRIPTIONS: "1" }), graph().gateway);
    });
    afterAll(() => strict.close());

    it("refuses a subscription over the depth limit with the code and message a query over it gets", async () => {
      const http = await strict.query(`{ company(id: "${FOTON}") { name } }`);
      const [error] = await refusalOf(open(strict.url).subscribe(`subscription { documentDeleted { id } }`));
      expect(http.errors![0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth" });
      const { requestId: _requestId, ...sameAsHttp } = http.errors![0].extensions!;
      expect(error.extensions).toEqual(sameAsHttp);
      expect(error.message).toBe(http.errors![0].message);
    });

    it("refuses a second subscription on a connection over LIVE_MAX_SUBSCRIPTIONS", async () => {
      const live = open(strict.url);
      // `__typename` alone is one level deep: within MAX_QUERY_DEPTH=1.
      live.subscribe(`subscription { documentIngested { __typename } }`);
      await live.connected;
      const [error] = await refusalOf(live.subscribe(`subscription { documentDeleted { __typename } }`));
      expect(error.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "subscriptions", max: 1, found: 2 });
    });
  });

  it("runs only the subscriptions TRUSTED_DOCUMENTS lists: a listed one hears its events, another is refused with UNTRUSTED_DOCUMENT", async () => {
    const listed = `subscription { documentIngested { id } }`;
    const remove = `mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`;
    const manifest = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trusted-live-")), "manifest.json");
    fs.writeFileSync(manifest, JSON.stringify(manifestOf([listed, INGEST, remove])));
    const trusted = await startTestApp(testConfig({ TRUSTED_DOCUMENTS: manifest }), graph().gateway);
    try {
      const live = open(trusted.url);
      const heard = live.subscribe(listed);
      const [error] = await refusalOf(live.subscribe(DOCUMENT_INGESTED));
      expect(error.extensions!.code).toBe("UNTRUSTED_DOCUMENT");
      const { data, errors } = await trusted.query(INGEST, { input: liveArticle("trusted") }, WRITER);
      expect(errors).toBeUndefined();
      expect(await nextResult(heard)).toEqual({ data: { documentIngested: { id: data.ingestDocument.document.id } } });
      expect((await trusted.query(remove, { id: data.ingestDocument.document.id }, WRITER)).errors).toBeUndefined();
    } finally {
      await trusted.close();
    }
  });

  it("refuses a WebSocket upgrade over LIVE_MAX_CONNECTIONS with a 503 that names the setting", async () => {
    const capped = await startTestApp(testConfig({ LIVE_MAX_CONNECTIONS: "1" }), graph().gateway);
    try {
      const first = open(capped.url);
      await first.connected;
      const { status, body } = await upgradeAnswer(capped.url);
      expect(status).toBe(503);
      expect(body.errors[0].message).toContain("LIVE_MAX_CONNECTIONS");
    } finally {
      await Promise.all(clients.splice(0).map((live) => live.dispose()));
      await capped.close();
    }
  });

  describe("with READS_REQUIRE_AUTH", () => {
    let guarded: TestApp;
    beforeAll(async () => {
      guarded = await startTestApp(testConfig({ READS_REQUIRE_AUTH: "true" }), graph().gateway);
    });
    afterAll(() => guarded.close());

    it.each([
      ["no credentials", undefined],
      ["a wrong key", "Bearer not-the-right-key-at-all"],
    ])("closes a connection with %s at connect with 4401 and the UNAUTHENTICATED refusal queries get", async (_case, authorization) => {
      const http = await guarded.query(`{ company(id: "${FOTON}") { name } }`, {}, authorization ? { authorization } : {});
      const live = open(guarded.url, authorization);
      live.subscribe(DOCUMENT_INGESTED);
      const { code, reason } = await live.closed;
      expect(http.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
      expect(code).toBe(4401);
      expect(reason).toMatch(/^UNAUTHENTICATED: /);
      expect(http.errors![0].message.startsWith(reason.slice("UNAUTHENTICATED: ".length))).toBe(true);
      expect(reason).not.toContain("not-the-right-key");
    });

    it("accepts a connection that sends an API key in connectionParams", async () => {
      const live = open(guarded.url, KEY);
      const foton = live.subscribe(ENTITY_CHANGED, { id: FOTON });
      await live.connected;
      const { data } = await guarded.query(INGEST, { input: liveArticle("guarded") }, WRITER);
      expect(await nextResult(foton)).toMatchObject({ data: { entityChanged: { id: FOTON, documentId: data.ingestDocument.document.id } } });
    });
  });
});
