import { asOfCostLines, asOfPairs, type AsOfCost } from "../../../../src/tools/bench/as-of-cost";
import type { MixQuery } from "../../../../src/tools/bench/query-mix";

const query = (name: string): MixQuery => ({ name, ours: { query: "{ __typename }", variables: {} }, floor: { cypher: "bench/x", params: {} }, peer: null });

describe("asOfPairs", () => {
  it("pairs each as-of variant with the base query of the same number", () => {
    const mix = ["5 two-hop neighborhood", "6 shortest path", "5a two-hop neighborhood, asOf 2020", "5b two-hop neighborhood, asOf 2099"].map(query);
    expect(asOfPairs(mix).map(({ variant, base }) => [variant.name, base.name])).toEqual([
      ["5a two-hop neighborhood, asOf 2020", "5 two-hop neighborhood"],
      ["5b two-hop neighborhood, asOf 2099", "5 two-hop neighborhood"],
    ]);
  });

  it("leaves out a variant whose base query is not in the mix", () => {
    expect(asOfPairs([query("6a shortest path, asOf 2020"), query("5 two-hop neighborhood")])).toEqual([]);
  });
});

describe("asOfCostLines", () => {
  it("gives each variant's median against its base query's, with the target", () => {
    const cost: AsOfCost = {
      query: "5a two-hop neighborhood, asOf 2020",
      base: "5 two-hop neighborhood",
      rounds: 60,
      baseMedianMs: 40,
      asOfMedianMs: 50,
      ratio: 1.25,
    };
    expect(asOfCostLines([cost])).toEqual([
      "",
      "As-of cost, median of 60 requests each, sent alternately with the same traversal without asOf:",
      "5a two-hop neighborhood, asOf 2020: 1.25 x query 5 (50.0 against 40.0 ms, target <= 1.30)",
    ]);
  });

  it("says nothing when no as-of variant ran", () => {
    expect(asOfCostLines([])).toEqual([]);
  });
});
