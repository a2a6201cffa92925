import { factAsKnownAt } from "../../../src/repositories/fact-as-known";

const JAN = "2026-01-01T00:00:00.000Z";
const FEB = "2026-02-01T00:00:00.000Z";
const MAR = "2026-03-01T00:00:00.000Z";

/** One claim as the loader keeps it in `evidence`: extracted, with the validity it gives. */
function claim(quote: string, confidence: number, validFrom: string | null, validTo: string | null, origin = "EXTRACTED"): string {
  const dates: Record<string, unknown> = {};
  if (validFrom) Object.assign(dates, { validFrom, validFrom_start: validFrom, validFrom_end: validFrom, validFrom_precision: "DAY" });
  if (validTo) Object.assign(dates, { validTo, validTo_start: validTo, validTo_end: validTo, validTo_precision: "DAY" });
  return JSON.stringify({ claim: `rel:${quote}`, documentId: "d", quote, start: 0, end: 1, origin, confidence, extractorVersion: `rules-${quote}`, dates });
}

/**
 * A fact stated by a blog in January (twice), a wire in February and an unknown publisher in March,
 * as the loader stores it: the wire widens its validity and the late document is a curated facts file.
 */
const FACT = {
  id: "rel:a",
  documentId: "document:blog",
  quote: "first",
  sourceCount: 3,
  independentSourceCount: 3,
  reliability: "B",
  recordedAt: JAN,
  origin: "CURATED",
  confidence: 1,
  validFrom: "2019-01-01",
  validFrom_start: "2019-01-01",
  validFrom_end: "2019-01-01",
  validFrom_precision: "DAY",
  evidence: [
    claim("first", 0.6, "2020-01-01", "2021-12-31"),
    claim("again", 0.7, "2020-01-01", "2021-12-31"),
    claim("wire", 0.9, "2019-01-01", null),
    claim("late", 1, "2022-01-01", null, "CURATED"),
  ],
  documentIds: ["document:blog", "document:blog", "document:wire", "document:late"],
  evidenceRecordedAt: [JAN, JAN, FEB, MAR],
  evidencePublishers: ["Truck Blog", "Truck Blog", "Reuters", ""],
  evidenceGrades: ["E", "E", "B", "F"],
  evidenceValidFromStart: ["2020-01-01", "2020-01-01", "2019-01-01", "2022-01-01"],
  evidenceValidToEnd: ["2021-12-31", "2021-12-31", "9999", "9999"],
};

describe("factAsKnownAt", () => {
  it("keeps only the claims recorded by then, counting their distinct documents and publishers and taking their best grade", () => {
    const known = factAsKnownAt(FACT, "2026-01-15T00:00:00.000Z");
    expect(known).toMatchObject({
      sourceCount: 1,
      independentSourceCount: 1,
      reliability: "E",
      evidence: FACT.evidence.slice(0, 2),
      documentIds: ["document:blog", "document:blog"],
      evidenceGrades: ["E", "E"],
      evidenceValidFromStart: ["2020-01-01", "2020-01-01"],
      evidenceValidToEnd: ["2021-12-31", "2021-12-31"],
    });
    expect([known.id, known.documentId, known.quote, known.recordedAt]).toEqual(["rel:a", "document:blog", "first", JAN]);
  });

  it("merges origin, confidence, extractor version and validity from the claims known then, as the loader merges them all", () => {
    const january = factAsKnownAt(FACT, "2026-01-15T00:00:00.000Z");
    expect(january).toMatchObject({
      origin: "EXTRACTED",
      confidence: 0.7,
      extractorVersion: "rules-first",
      validFrom: "2020-01-01",
      validFrom_start: "2020-01-01",
    });
    expect([january.validTo, january.validTo_end, january.validTo_precision]).toEqual(["2021-12-31", "2021-12-31", "DAY"]);
    const february = factAsKnownAt(FACT, FEB);
    expect(february).toMatchObject({ origin: "EXTRACTED", confidence: 0.9, extractorVersion: "rules-first", validFrom_start: "2019-01-01" });
    expect(Object.keys(february).filter((key) => key.startsWith("validTo"))).toEqual([]);
  });

  it("leaves origin, confidence and validity as stored when the read did not read the claims, or they are not claims the loader writes", () => {
    const { evidence: _evidence, ...withoutEvidence } = FACT;
    expect(factAsKnownAt(withoutEvidence, JAN)).toMatchObject({ origin: "CURATED", confidence: 1, validFrom: "2019-01-01" });
    const bare = factAsKnownAt({ ...FACT, evidence: ['{"quote":"first"}', '{"quote":"again"}', '{"quote":"wire"}', '{"quote":"late"}'] }, JAN);
    expect(bare).toMatchObject({ origin: "CURATED", confidence: 1, validFrom: "2019-01-01", sourceCount: 1 });
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
