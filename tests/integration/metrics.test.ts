import { DEVELOPMENT_API_KEY } from "../../src/config";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };

const ARTICLE = {
  title: "Foton opens a parts depot in Valencia",
  publishedOn: "2025-05-06",
  source: "Metrics Wire",
  text: ["Foton opens a parts depot in Valencia", "", "Beiqi Foton Motor Co. opened a parts depot in Valencia on May 5, 2025."].join("\n"),
};
const INGEST = `mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { written document { id } } }`;
const DELETE = `mutation Delete($id: ID!) { deleteDocument(id: $id) { documentId } }`;

/** The value of one series of a scrape, e.g. `kg_graphql_requests_total{operation="X",outcome="ok"}`; 0 when absent. */
function valueOf(scrape: string, series: string): number {
  const line = scrape.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("metrics at /metrics", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
  });
  afterAll(() => graph.close());

  describe("by default", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(testConfig(), graph.gateway);
    });
    afterAll(() => app.close());
    const scrape = async () => {
      const response = await fetch(`${app.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/plain");
      return response.text();
    };

    it("counts requests by operation and outcome, with a latency histogram per operation", async () => {
      await app.query(`query CompanyName($id: ID!) { company(id: $id) { name } }`, { id: "company:foton" });
      await app.query(`query CompanyName($id: ID!) { company(id: $id) { name } }`, { id: "company:catl" });
      await app.query(`query Missing { people(filter: { relatedTo: "company:no-such-firm" }) { totalCount } }`);
      await app.query(`{ __typename }`);
      await app.query(`{ noSuchField }`);
      const text = await scrape();
      expect(valueOf(text, 'kg_graphql_requests_total{operation="CompanyName",outcome="ok"}')).toBe(2);
      expect(valueOf(text, 'kg_graphql_requests_total{operation="Missing",outcome="error"}')).toBe(1);
      expect(valueOf(text, 'kg_graphql_requests_total{operation="(anonymous)",outcome="ok"}')).toBe(1);
      expect(valueOf(text, 'kg_graphql_requests_total{operation="(invalid)",outcome="error"}')).toBe(1);
      expect(valueOf(text, 'kg_graphql_request_duration_seconds_count{operation="CompanyName"}')).toBe(2);
      expect(valueOf(text, 'kg_graphql_request_duration_seconds_bucket{le="+Inf",operation="CompanyName"}')).toBe(2);
    });

    it("times the Neo4j statements by their cypher/ file", async () => {
      const text = await scrape();
      const statements = [...text.matchAll(/^kg_neo4j_statement_duration_seconds_count\{statement="([^"]+)",outcome="ok"\} (\d+)$/gm)];
      expect(statements.length).toBeGreaterThan(0);
      for (const [, name, count] of statements) {
        expect(name).toMatch(/^[a-z0-9-]+\.cypher$/);
        expect(Number(count)).toBeGreaterThan(0);
      }
    });

    it("counts documents ingested and deleted by outcome", async () => {
      const first = await app.query(INGEST, { input: ARTICLE }, WRITER);
      expect(first.data.ingestDocument.written).toBe(true);
      const again = await app.query(INGEST, { input: ARTICLE }, WRITER);
      expect(again.data.ingestDocument.written).toBe(false);
      await app.query(DELETE, { id: first.data.ingestDocument.document.id }, WRITER);
      await app.query(DELETE, { id: "document:never-ingested" }, WRITER);
      const text = await scrape();
      expect(valueOf(text, 'kg_documents_ingested_total{outcome="written"}')).toBe(1);
      expect(valueOf(text, 'kg_documents_ingested_total{outcome="unchanged"}')).toBe(1);
      expect(valueOf(text, 'kg_documents_deleted_total{outcome="deleted"}')).toBe(1);
      expect(valueOf(text, 'kg_documents_deleted_total{outcome="not_found"}')).toBe(1);
      expect(valueOf(text, 'kg_graphql_requests_total{operation="Ingest",outcome="ok"}')).toBe(2);
      expect(valueOf(text, 'kg_neo4j_statement_duration_seconds_count{statement="upsert-document.cypher",outcome="ok"}')).toBe(1);
    });

    it("reports the query slots, idle between requests, and Node's process metrics", async () => {
      const text = await scrape();
      expect(valueOf(text, "kg_neo4j_query_slots_in_use")).toBe(0);
      expect(valueOf(text, "kg_neo4j_query_slots_waiting")).toBe(0);
      expect(valueOf(text, "kg_neo4j_query_slots_max")).toBe(graph.config.neo4j.maxConcurrentQueries);
      expect(text).toMatch(/^process_cpu_seconds_total /m);
    });
  });

  it("answers 404 with METRICS_ENABLED=false", async () => {
    const app = await startTestApp(testConfig({ METRICS_ENABLED: "false" }), graph.gateway);
    try {
      expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it("needs credentials under READS_REQUIRE_AUTH: 401 with a coded error without them, the metrics with a key", async () => {
    const app = await startTestApp(testConfig({ READS_REQUIRE_AUTH: "true" }), graph.gateway);
    try {
      const attempts: Record<string, string>[] = [{}, { authorization: "Bearer not-the-right-key-at-all" }];
      for (const headers of attempts) {
        const refused = await fetch(`${app.url}/metrics`, { headers });
        expect(refused.status).toBe(401);
        const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
        expect(body.errors[0].message).not.toContain("not-the-right-key");
      }
      const allowed = await fetch(`${app.url}/metrics`, { headers: WRITER });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain("kg_graphql_requests_total");
    } finally {
      await app.close();
    }
  });
});
