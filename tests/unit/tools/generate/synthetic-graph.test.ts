import { syntheticGraph } from "../../../../src/tools/generate/synthetic-graph";

describe("syntheticGraph", () => {
  it("gives the same graph for the same seed and another for another seed", () => {
    const a = syntheticGraph(0.002, 1);
    expect(syntheticGraph(0.002, 1)).toEqual(a);
    expect(syntheticGraph(0.002, 2)).not.toEqual(a);
  });

  it("has a few hubs and a long tail", () => {
    const { relationships } = syntheticGraph(0.05, 42);
    const degree = new Map<string, number>();
    for (const r of relationships.filter((r) => r.type === "PARTY_TO")) degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    const degrees = [...degree.values()].sort((x, y) => y - x);
    const median = degrees[Math.floor(degrees.length / 2)];
    expect(degrees[0]).toBeGreaterThan(20 * median);
  });

  it("only joins labels the model allows, with provenance on every relationship", () => {
    const { nodes, relationships } = syntheticGraph(0.002, 3);
    const labels = new Map(nodes.map((n) => [n.properties.id as string, n.label]));
    for (const r of relationships) {
      expect(labels.has(r.from) && labels.has(r.to)).toBe(true);
      expect(r.properties).toMatchObject({ documentId: "document:synthetic", start: 0 });
    }
  });
});
