import { DEVELOPMENT_API_KEY } from "../../src/config";
import { ManagedNeo4j } from "../../src/neo4j-server/managed-neo4j";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

/**
 * Faults against a real Neo4j process of its own (port 7689, its own data folder), which these tests
 * stop, kill and start again without disturbing the instance the other suites share.
 */
const config = testConfig({
  NEO4J_BOLT_PORT: process.env.TEST_FAULTS_NEO4J_BOLT_PORT ?? "7689",
  NEO4J_HOME_DIR: ".neo4j/instances/faults",
  NEO4J_HEAP_SIZE: "512m",
  NEO4J_PAGECACHE_SIZE: "256m",
  NEO4J_ACQUISITION_TIMEOUT_MS: "3000",
  // Short, so that the runaway query is cut quickly; the seed reset, a write, gets 6 times as long.
  QUERY_TIMEOUT_MS: "3000",
});
const neo4j = new ManagedNeo4j(config);
const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };
const FOTON = `{ company(id: "company:foton") { name executives { title } } }`;

let graph: TestGraph;
let app: TestApp;
const counts = () => graph.counts();

async function startNeo4j() {
  await neo4j.start();
  await graph.gateway.applySchema();
}

/** The faults database holding the seed graph and nothing else. */
async function resetGraph() {
  await startNeo4j();
  await graph.reset();
}

/** A long article: many sentences, each naming two new companies that sign an agreement, so that its write takes a while. */
function longArticle(tag: string, sentences: number) {
  const lines = Array.from(
    { length: sentences },
    (_, i) => `Norvik ${tag} Motors ${i} AB signed a supply agreement with Calder ${i} Batteries Ltd. in Madrid on March 3, 2025.`,
  );
  return { title: `Long article ${tag}`, publishedOn: "2025-03-04", text: [`Long article ${tag}`, "", ...lines].join("\n") };
}

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { written document { id } } }`;

beforeAll(async () => {
  graph = await openTestGraph(config);
  await neo4j.stop();
  app = await startTestApp(config, graph.gateway, { seedLoaded: true, seedErrors: [] });
}, 120_000);

afterAll(async () => {
  await app.close();
  await graph.close();
  await neo4j.stop();
}, 120_000);

describe("faults, against a Neo4j process the tests stop and kill", () => {
  it("starts without Neo4j, answers SERVICE_UNAVAILABLE and /ready 503, and recovers on its own once Neo4j is up", async () => {
    expect((await fetch(`${app.url}/ready`)).status).toBe(503);
    const down = await app.query(FOTON);
    expect(down.errors![0].extensions!.code).toBe("SERVICE_UNAVAILABLE");

    await resetGraph();
    const up = await app.query(FOTON);
    expect(up.errors).toBeUndefined();
    expect(up.data.company.executives).toHaveLength(7);
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
  }, 180_000);

  it("fails reads cleanly while Neo4j restarts, and serves again afterwards without a server restart", async () => {
    await resetGraph();
    const during: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>[] = [];
    const stopping = neo4j.stop();
    for (let i = 0; i < 20; i += 1) {
      during.push(app.query(FOTON));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await stopping;
    for (const response of await Promise.all(during)) {
      for (const error of response.errors ?? []) expect(error.extensions!.code).toBe("SERVICE_UNAVAILABLE");
    }
    await startNeo4j();
    // Later requests succeed on the same server. The first ones after a restart meet a cold database
    // (empty page cache and plan cache, a JIT warming up) and may time out; none may fail otherwise.
    let after = await app.query(FOTON);
    for (let attempt = 1; after.errors && attempt < 10; attempt += 1) {
      expect(["QUERY_TIMEOUT", "SERVICE_UNAVAILABLE"]).toContain(after.errors[0].extensions!.code);
      after = await app.query(FOTON);
    }
    expect(after.errors).toBeUndefined();
    expect(after.data.company.name).toBe("Foton");
  }, 180_000);

  it("leaves no partial document when Neo4j is killed during an ingest; the same ingest then gives a clean run's counts", async () => {
    await resetGraph();
    const article = longArticle("crash", 250);
    const before = await counts();
    const attempt = app.query(INGEST, { input: article }, WRITER);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await neo4j.kill();
    const crashed = await attempt;
    await startNeo4j();
    const afterCrash = await counts();

    const retried = await app.query(INGEST, { input: article }, WRITER);
    expect(retried.errors).toBeUndefined();
    const afterRetry = await counts();
    // Either the transaction had committed before the kill (the document is whole) or none of it is there.
    expect([JSON.stringify(before), JSON.stringify(afterRetry)]).toContain(JSON.stringify(afterCrash));
    if (crashed.errors) expect(afterCrash).toEqual(before);

    const id = retried.data.ingestDocument.document.id;
    await app.query(`mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`, { id }, WRITER);
    expect(await counts()).toEqual(before);
    const clean = await app.query(INGEST, { input: article }, WRITER);
    expect(clean.data.ingestDocument.written).toBe(true);
    expect(await counts()).toEqual(afterRetry);
  }, 240_000);

  it("creates no duplicate entity when two overlapping articles are ingested at once", async () => {
    await resetGraph();
    const shared = "Zephyr Axle Motors AB and Kestrel Cells Ltd. signed a supply agreement in Lyon on May 2, 2025.";
    const first = {
      title: "Overlap one",
      publishedOn: "2025-05-03",
      text: `Overlap one\n${shared}\nZephyr Axle Motors AB also opened a plant in Lyon in 2024.`,
    };
    const second = { title: "Overlap two", publishedOn: "2025-05-03", text: `Overlap two\n${shared}\nKestrel Cells Ltd. sells batteries in France.` };
    const results = await Promise.all([app.query(INGEST, { input: first }, WRITER), app.query(INGEST, { input: second }, WRITER)]);
    for (const [index, result] of results.entries()) {
      if (result.errors) {
        const again = await app.query(INGEST, { input: index === 0 ? first : second }, WRITER);
        expect(again.errors).toBeUndefined();
      }
    }
    for (const name of ["Zephyr Axle Motors", "Kestrel Cells", "Lyon"]) {
      const { data } = await app.query(`query($n: String!) { lookup(name: $n) { id } }`, { n: name });
      expect(data.lookup).toHaveLength(1);
    }
  }, 120_000);

  it("cuts a runaway query at the transaction timeout while other requests are served", async () => {
    await resetGraph();
    const runaway = graph.gateway.read("count-to-a-billion").then(
      () => "finished",
      (error: { extensions?: { code?: string } }) => error.extensions?.code,
    );
    const others = await Promise.all(Array.from({ length: 10 }, () => app.query(FOTON)));
    for (const other of others) expect(other.errors).toBeUndefined();
    expect(await runaway).toBe("QUERY_TIMEOUT");
    expect((await app.query(FOTON)).data.company.name).toBe("Foton");
  }, 60_000);
});
