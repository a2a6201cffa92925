import { ServerMetrics } from "../../../src/telemetry/metrics";

const idle = () => ({ inUse: 0, waiting: 0, max: 8 });

describe("ServerMetrics", () => {
  it("keeps each app's counts in a registry of its own", async () => {
    const one = new ServerMetrics(idle);
    const other = new ServerMetrics(idle);
    one.observeRequest(true, "CompanyPage", "ok", 0.02);
    expect(await one.registry.getSingleMetricAsString("kg_graphql_requests_total")).toContain(
      'kg_graphql_requests_total{operation="CompanyPage",outcome="ok"} 1',
    );
    expect(await other.registry.getSingleMetricAsString("kg_graphql_requests_total")).not.toContain("CompanyPage");
  });

  it("reads the query slots at each scrape", async () => {
    let usage = { inUse: 3, waiting: 5, max: 8 };
    const metrics = new ServerMetrics(() => usage);
    expect(await metrics.registry.getSingleMetricAsString("kg_neo4j_query_slots_waiting")).toContain("kg_neo4j_query_slots_waiting 5");
    usage = { inUse: 1, waiting: 0, max: 8 };
    expect(await metrics.registry.getSingleMetricAsString("kg_neo4j_query_slots_in_use")).toContain("kg_neo4j_query_slots_in_use 1");
  });

  it("counts statements by file and documents by action and outcome", async () => {
    const metrics = new ServerMetrics(idle);
    metrics.observeStatement("find-related.cypher", 0.004, "ok");
    metrics.observeDocument("ingest", "unchanged");
    metrics.observeDocument("delete", "not_found");
    const text = await metrics.registry.metrics();
    expect(text).toContain('kg_neo4j_statement_duration_seconds_count{statement="find-related.cypher",outcome="ok"} 1');
    expect(text).toContain('kg_documents_ingested_total{outcome="unchanged"} 1');
    expect(text).toContain('kg_documents_deleted_total{outcome="not_found"} 1');
  });
});
