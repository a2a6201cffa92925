import "reflect-metadata";
import { DocumentLoader } from "../../src/ingest/document-loader";
import { planDocument } from "../../src/ingest/plan-document";
import { GRAPH_MODEL } from "../../src/model/graph-model";
import { serveModel } from "../../src/model/model-in-use";
import { EXTENDED, facts, text } from "../support/investor-model";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

// This file serves the extended model: nothing else in it builds the product's schema.
serveModel(EXTENDED);

describe("a label declared in the model and nowhere else, served against the real Neo4j", () => {
  let graph: TestGraph;
  let app: TestApp;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
    await graph.gateway.applySchema();
    const { plan, problems } = planDocument(facts, text);
    expect(problems).toEqual([]);
    await new DocumentLoader(graph.gateway).load(plan);
    app = await startTestApp(graph.config, graph.gateway);
  });
  afterAll(async () => {
    await app.close();
    // Leave the database to the next suite as the product model has it.
    await graph.reset();
    await graph.gateway.applySchema(GRAPH_MODEL);
    await graph.close();
  });

  it("answers its root queries and both relation fields, with the fact's provenance", async () => {
    const { data, errors } = await app.query(`{
      investors { totalCount edges { node { name investedOn { value precision } portfolio { id name } } } }
      company(id: "company:foton") { investors { name } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.investors.totalCount).toBe(1);
    expect(data.investors.edges[0].node).toEqual({
      name: "Northwind Capital",
      investedOn: { value: "2023-03", precision: "MONTH" },
      portfolio: [{ id: "company:foton", name: "Foton" }],
    });
    expect(data.company.investors).toEqual([{ name: "Northwind Capital" }]);
  });

  it("finds it by name and by full-text search, and draws it on the company's timeline under its own kind", async () => {
    const { data, errors } = await app.query(`{
      investor(name: "northwind capital") { id }
      search(text: "Northwind") { node { id } }
      timeline(entity: "company:foton", kinds: [INVESTMENT]) { edges { node { kind title property } } }
      graphWide: timeline(kinds: [INVESTMENT]) { totalCount edges { node { kind property node { id } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.investor.id).toBe("investor:northwind");
    expect(data.search.map((hit: any) => hit.node.id)).toContain("investor:northwind");
    expect(data.timeline.edges).toEqual([{ node: { kind: "INVESTMENT", title: "Northwind Capital", property: "investedOn" } }]);
    // The graph-wide timeline reads the new label's date too, from the model alone.
    expect(data.graphWide).toEqual({ totalCount: 1, edges: [{ node: { kind: "INVESTMENT", property: "investedOn", node: { id: "investor:northwind" } } }] });
  });

  it("follows its relationship type in traversals and typed relationship reads", async () => {
    const { data, errors } = await app.query(`{
      shortestPath(from: "investor:northwind", to: "company:foton") { length relationships { type properties provenance { quote } } }
      node(id: "investor:northwind") { relationships(types: [INVESTS_IN]) { direction node { id } relationship { sourceId targetId origin confidence } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.shortestPath).toEqual({
      length: 1,
      relationships: [{ type: "INVESTS_IN", properties: expect.objectContaining({ stakePercent: 12 }), provenance: { quote: "took a 12% stake in Foton" } }],
    });
    expect(data.node.relationships).toEqual([
      {
        direction: "OUTGOING",
        node: { id: "company:foton" },
        relationship: { sourceId: "investor:northwind", targetId: "company:foton", origin: "CURATED", confidence: 1 },
      },
    ]);
  });
});
