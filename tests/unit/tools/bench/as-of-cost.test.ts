import { asOfCostLines, type BenchRow } from "../../../../src/tools/bench/run-bench";

const measure = (p50: number) => ({ p50, p99: p50 * 2, rps: 100, errors: 0 });
const row = (query: string, connections: number, p50: number): BenchRow => ({
  query,
  connections,
  ours: measure(p50),
  floor: measure(1),
  peer: null,
  oursOverFloorP50: p50,
  oursOverPeerRps: null,
});

describe("asOfCostLines", () => {
  it("gives each as-of variant's p50 against its base query's at the same concurrency", () => {
    const lines = asOfCostLines([
      row("5 two-hop neighborhood", 1, 10),
      row("5 two-hop neighborhood", 16, 40),
      row("5a two-hop neighborhood, asOf 2020", 16, 50),
    ]);
    expect(lines).toEqual([
      "",
      "As-of cost, p50 against the same traversal without asOf:",
      "5a two-hop neighborhood, asOf 2020 at c16: 1.25 x query 5 (target <= 1.30)",
    ]);
  });

  it("says nothing when no as-of variant ran", () => {
    expect(asOfCostLines([row("5 two-hop neighborhood", 1, 10)])).toEqual([]);
  });
});
