import { clausesKey, factFilter, factFilterClauses, type FactFilterClause } from "../../../src/repositories/fact-filter-cypher";
import { FACT_FILTER_PARAMS, factFilterParams } from "../../../src/repositories/related-shape";

const ALL: FactFilterClause[] = ["origin", "min-confidence", "as-of", "known-as-of", "min-sources", "min-reliability"];

/** Every subset of the clauses, in their fixed order. */
function subsets(): FactFilterClause[][] {
  return Array.from({ length: 1 << ALL.length }, (_unused, mask) => ALL.filter((_clause, index) => mask & (1 << index)));
}

describe("factFilterClauses", () => {
  it("picks the clauses whose parameter is set, in a fixed order, and none for an unfiltered read", () => {
    expect(factFilterClauses(factFilterParams({}))).toEqual([]);
    expect(factFilterClauses(factFilterParams({ asOf: { start: "2020-01-01", end: "2020-12-31" } }))).toEqual(["as-of"]);
    expect(factFilterClauses(factFilterParams({ minReliability: "B", knownAsOf: "2026-01-01T00:00:00.000Z", origin: "CURATED" }))).toEqual([
      "origin",
      "known-as-of",
      "min-reliability",
    ]);
    expect(factFilterClauses(factFilterParams({ minSources: 0 }))).toEqual(["min-sources"]);
  });
});

describe("factFilter", () => {
  it("renders nothing but `true` without clauses, and an asOf-only read with the as-of clause alone", () => {
    expect(factFilter("r", "", [])).toBe("true");
    const asOf = factFilter("r", "", ["as-of"]);
    expect(asOf).toContain("r.validFrom_start");
    expect(asOf).toContain("r.supersededFrom, '9999') > $asOfStart)");
    for (const absent of ["$origin", "$minConfidence", "$knownAsOf", "$minSources", "$minReliability", "IS NULL OR"]) expect(asOf).not.toContain(absent);
  });

  it("renders an asOf-only read exactly as it did before validity could be read as known then", () => {
    expect(factFilter("r", "", ["as-of"])).toBe(
      "(coalesce(r.validFrom_start, '') <= $asOfEnd\nAND coalesce(r.validTo_end, '9999') >= $asOfStart\nAND (coalesce(r.supersededFrom, '9999') > $asOfStart))",
    );
  });

  it("compares the validity of the claims known then only when asOf and knownAsOf are both set", () => {
    const both = factFilter("r", "", ["as-of", "known-as-of"]);
    expect(both).toContain("r.evidenceRecordedAt[i] <= $knownAsOf AND r.evidenceValidFromStart[i] <> ''");
    expect(both).toContain("r.evidenceRecordedAt[i] <= $knownAsOf AND r.evidenceValidToEnd[i] > latest");
    expect(both).toContain("CASE WHEN r.evidenceValidFromStart IS NULL THEN coalesce(r.validFrom_start, '')");
    for (const clauses of [["as-of"], ["known-as-of"], ["as-of", "min-sources"]] as FactFilterClause[][]) {
      expect(factFilter("r", "", clauses)).not.toContain("evidenceValid");
    }
  });

  it("suffixes the parameters and names the relationship variable it is given", () => {
    expect(factFilter("r3", "3", ["origin", "min-confidence"])).toBe("(r3.origin = $origin3)\nAND (r3.confidence >= $minConfidence3)");
  });

  it("counts, grades and supersedes as of knownAsOf only when knownAsOf is one of the clauses", () => {
    const present = factFilter("r", "", ["as-of", "min-sources", "min-reliability"]);
    expect(present).toContain("coalesce(r.sourceCount, 1) >= $minSources");
    expect(present).toContain("coalesce(r.reliability, 'F') <= $minReliability");
    expect(present).not.toContain("evidenceRecordedAt");
    const known = factFilter("r", "", ["as-of", "known-as-of", "min-sources", "min-reliability"]);
    expect(known).toContain("OR CASE WHEN r.supersedingStarts IS NULL THEN r.supersededRecordedAt > $knownAsOf");
    expect(known).toContain("r.supersedingRecordedAt[i] <= $knownAsOf AND r.supersedingStarts[i] <= $asOfStart) END)");
    expect(known).toContain("coalesce(r.recordedAt, '') <= $knownAsOf");
    expect(known).toContain("r.evidenceRecordedAt[i] <= $knownAsOf AND NOT r.documentIds[i] IN known");
    expect(known).toContain("r.evidenceGrades[i] < best");
  });

  it("fills every slot and uses only the filter's parameters for every combination of clauses, each combination its own key", () => {
    const keys = new Set<string>();
    for (const clauses of subsets()) {
      const text = factFilter("r", "7", clauses);
      expect(text).not.toContain("{{");
      for (const [, name] of text.matchAll(/\$(\w+)/g)) expect(FACT_FILTER_PARAMS.map((param) => `${param}7`)).toContain(name);
      keys.add(clausesKey(clauses));
    }
    expect(keys.size).toBe(1 << ALL.length);
  });
});
