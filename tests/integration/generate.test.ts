import { deleteSyntheticGraph, generate } from "../../src/tools/cli/generate";
import { NodeLabel } from "../../src/model/graph-model";
import { GraphRepository } from "../../src/repositories/graph.repository";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

describe("npm run generate", () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
  });
  afterAll(async () => {
    await deleteSyntheticGraph(graph.gateway);
    await graph.close();
  });

  it("writes the synthetic graph beside the seed graph, and replaces it when run again", async () => {
    const seedOnly = await graph.counts();
    const first = await generate(graph.gateway, { scale: 0.005, seed: 7 });
    const once = await graph.counts();
    expect(once.nodes - seedOnly.nodes).toBe(first.nodes);
    expect(once.relationships - seedOnly.relationships).toBe(first.relationships);
    await generate(graph.gateway, { scale: 0.005, seed: 7 });
    expect(await graph.counts()).toEqual(once);
  });

  it("is served by the API like any other data", async () => {
    const repository = new GraphRepository(graph.gateway);
    const total = await repository.count({ label: NodeLabel.Company, byDate: false, descending: false, filter: {} });
    expect(total).toBeGreaterThan(50);
  });
});
