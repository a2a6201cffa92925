import { compilePrefetch, compileSteps } from "../../../src/repositories/prefetch-cypher";
import { RelationshipType } from "../../../src/model/graph-model";
import type { RelationshipType as RelationshipTypeValue } from "../../../src/model/graph-model";

describe("compilePrefetch", () => {
  const executives = { query: { types: [RelationshipType.HOLDS_POSITION], direction: "INCOMING" as const }, children: [] as never[] };
  const positions = { query: { types: [RelationshipType.HOLDS_POSITION], direction: "OUTGOING" as const }, children: [] };
  const plan = [{ ...executives, children: [positions] }];

  it("nests one CALL subquery per step, with directed, typed patterns and the values as parameters", () => {
    const { statement, params, keys } = compilePrefetch(["company:foton"], plan);
    expect(statement.text).toContain("MATCH (n0)<-[r1:HOLDS_POSITION]-(n1)");
    expect(statement.text).toContain("MATCH (n1)-[r2:HOLDS_POSITION]->(n2)");
    expect(statement.text.indexOf("AS s2")).toBeLessThan(statement.text.indexOf("AS s1"));
    expect(statement.text).not.toContain("{{");
    expect(statement.text).not.toContain("company:foton");
    expect(params).toEqual({
      ids: ["company:foton"],
      labels1: [],
      limit1: 200,
      origin1: null,
      minConfidence1: null,
      asOfStart1: null,
      asOfEnd1: null,
      knownAsOf1: null,
      minSources1: null,
      minReliability1: null,
      labels2: [],
      limit2: 200,
      origin2: null,
      minConfidence2: null,
      asOfStart2: null,
      asOfEnd2: null,
      knownAsOf2: null,
      minSources2: null,
      minReliability2: null,
    });
    expect([...keys.values()]).toEqual(["s1", "s2"]);
  });

  it("refuses a relationship type that is not in the model, so no text from outside reaches the query", () => {
    const injected = [{ query: { types: ["X]->() DETACH DELETE n //" as RelationshipTypeValue] }, children: [] }];
    expect(() => compilePrefetch(["a"], injected)).toThrow(/Unknown relationship type/);
  });
});

describe("compileSteps", () => {
  const tree = (limit: number, type: RelationshipTypeValue) => [
    { query: { types: [type], direction: "INCOMING" as const, limit }, children: [{ query: { types: [RelationshipType.HOLDS_POSITION] }, children: [] }] },
  ];

  it("renders a shape once: steps of the same directions and types share the text, with their own values and keys", () => {
    const [a, b] = [tree(5, RelationshipType.HOLDS_POSITION), tree(7, RelationshipType.HOLDS_POSITION)];
    const [first, second] = [compileSteps(a), compileSteps(b)];
    expect(second.subqueries).toBe(first.subqueries);
    expect(second.shape).toBe(first.shape);
    expect([first.params.limit1, second.params.limit1]).toEqual([5, 7]);
    expect(second.keys.get(b[0])).toBe("s1");
    expect(second.keys.get(b[0].children[0])).toBe("s2");
  });

  it("renders another text for another relationship type", () => {
    const other = compileSteps(tree(5, RelationshipType.PARTY_TO));
    expect(other.shape).not.toBe(compileSteps(tree(5, RelationshipType.HOLDS_POSITION)).shape);
    expect(other.subqueries).toContain("PARTY_TO");
  });

  it("keys the text on the fact filter clauses a step sets, never on their values", () => {
    const filtered = (query: object) => [{ query: { types: [RelationshipType.HOLDS_POSITION], ...query }, children: [] }];
    const in2020 = compileSteps(filtered({ asOf: { start: "2020-01-01", end: "2020-12-31" } }));
    const in2099 = compileSteps(filtered({ asOf: { start: "2099-01-01", end: "2099-12-31" } }));
    const known = compileSteps(filtered({ asOf: { start: "2020-01-01", end: "2020-12-31" }, knownAsOf: "2026-01-01T00:00:00.000Z" }));
    expect(in2099.subqueries).toBe(in2020.subqueries);
    expect(in2020.subqueries).not.toContain("$knownAsOf1");
    expect(in2020.subqueries).not.toContain("2020");
    expect(known.shape).not.toBe(in2020.shape);
    expect(known.subqueries).toContain("$knownAsOf1");
    expect(compileSteps(filtered({})).subqueries).not.toContain("$asOfStart1");
  });
});
