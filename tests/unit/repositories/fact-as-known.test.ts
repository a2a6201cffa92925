import { factAsKnownAt } from "../../../src/repositories/fact-as-known";

const JAN = "2026-01-01T00:00:00.000Z";
const FEB = "2026-02-01T00:00:00.000Z";
const MAR = "2026-03-01T00:00:00.000Z";

/** A fact stated by a blog in January (twice), a wire in February and an unknown publisher in March, as the loader stores it. */
const FACT = {
  id: "rel:a",
  documentId: "document:blog",
  quote: "first",
  sourceCount: 3,
  independentSourceCount: 3,
  reliability: "B",
  recordedAt: JAN,
  evidence: ['{"quote":"first"}', '{"quote":"again"}', '{"quote":"wire"}', '{"quote":"late"}'],
  documentIds: ["document:blog", "document:blog", "document:wire", "document:late"],
  evidenceRecordedAt: [JAN, JAN, FEB, MAR],
  evidencePublishers: ["Truck Blog", "Truck Blog", "Reuters", ""],
  evidenceGrades: ["E", "E", "B", "F"],
};

describe("factAsKnownAt", () => {
  it("keeps only the claims recorded by then, counting their distinct documents and publishers and taking their best grade", () => {
    const known = factAsKnownAt(FACT, "2026-01-15T00:00:00.000Z");
    expect(known).toMatchObject({
      sourceCount: 1,
      independentSourceCount: 1,
      reliability: "E",
      evidence: ['{"quote":"first"}', '{"quote":"again"}'],
      documentIds: ["document:blog", "document:blog"],
      evidenceGrades: ["E", "E"],
    });
    expect([known.id, known.documentId, known.quote, known.recordedAt]).toEqual(["rel:a", "document:blog", "first", JAN]);
  });

  it("counts a claim recorded exactly at knownAsOf, and a document without a publisher as its own", () => {
    expect(factAsKnownAt(FACT, FEB)).toMatchObject({ sourceCount: 2, independentSourceCount: 2, reliability: "B" });
    expect(factAsKnownAt({ ...FACT, evidencePublishers: ["", "", "", ""] }, FEB)).toMatchObject({ independentSourceCount: 2 });
  });

  it("returns the fact as it is without knownAsOf, when every claim was known, or when it was stored without the per-claim lists", () => {
    expect(factAsKnownAt(FACT, null)).toBe(FACT);
    expect(factAsKnownAt(FACT, MAR)).toBe(FACT);
    const { evidenceRecordedAt: _recorded, ...older } = FACT;
    expect(factAsKnownAt(older, JAN)).toBe(older);
  });

  it("rewrites only the properties the read projected", () => {
    const projected = {
      id: "rel:a",
      sourceCount: 3,
      documentIds: FACT.documentIds,
      evidenceRecordedAt: FACT.evidenceRecordedAt,
      evidencePublishers: FACT.evidencePublishers,
      evidenceGrades: FACT.evidenceGrades,
    };
    const known = factAsKnownAt(projected, JAN);
    expect(known.sourceCount).toBe(1);
    expect(Object.keys(known).sort()).toEqual(Object.keys(projected).sort());
  });
});
