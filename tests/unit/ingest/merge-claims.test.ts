import type { Claim } from "../../../src/ingest/fact-claims";
import { mergeClaims, mergeClaimValues, type ClaimDocument } from "../../../src/ingest/merge-claims";

function claim(claimId: string, documentId: string, overrides: Partial<Claim> = {}): Claim {
  return {
    claim: claimId,
    documentId,
    quote: `quote of ${documentId}`,
    start: 0,
    end: 5,
    origin: "CURATED",
    confidence: 1,
    extractorVersion: null,
    dates: {},
    ...overrides,
  };
}

const documents = new Map<string, ClaimDocument>([
  ["document:a", { id: "document:a", recordedAt: "2026-01-02T00:00:00.000Z", publisher: "Reuters", reliability: "B" }],
  ["document:b", { id: "document:b", recordedAt: "2026-01-01T00:00:00.000Z", publisher: "Reuters", reliability: "B" }],
  ["document:c", { id: "document:c", recordedAt: "2026-01-03T00:00:00.000Z", publisher: null, reliability: "F" }],
]);

const from = (start: string) => ({ validFrom: start, validFrom_start: start, validFrom_end: start });
const to = (end: string) => ({ validTo: end, validTo_start: end, validTo_end: end });
const names = ["validFrom", "validTo"];

describe("mergeClaims", () => {
  it("takes id and provenance from the earliest-recorded claim and keeps every claim's evidence in that order", () => {
    const merged = mergeClaims([claim("rel:a", "document:a"), claim("rel:b", "document:b")], documents, []);
    expect(merged.id).toBe("rel:b");
    expect(merged.documentId).toBe("document:b");
    expect(merged.documentIds).toEqual(["document:b", "document:a"]);
    expect((merged.evidence as string[]).map((text) => (JSON.parse(text) as Claim).claim)).toEqual(["rel:b", "rel:a"]);
    expect(merged.recordedAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("counts documents and distinct publishers (a document without one counts as its own) and takes the best grade", () => {
    const merged = mergeClaims([claim("rel:a", "document:a"), claim("rel:b", "document:b"), claim("rel:c", "document:c")], documents, []);
    expect([merged.sourceCount, merged.independentSourceCount, merged.reliability]).toEqual([3, 2, "B"]);
  });

  it("keeps each claim's document recording time, publisher and grade in the order of the evidence, empty where unknown", () => {
    const merged = mergeClaims([claim("rel:c", "document:c"), claim("rel:a", "document:a"), claim("rel:x", "document:unknown")], documents, []);
    expect(merged.documentIds).toEqual(["document:unknown", "document:a", "document:c"]);
    expect(merged.evidenceRecordedAt).toEqual(["", "2026-01-02T00:00:00.000Z", "2026-01-03T00:00:00.000Z"]);
    expect(merged.evidencePublishers).toEqual(["", "Reuters", ""]);
    expect(merged.evidenceGrades).toEqual(["F", "B", "F"]);
  });

  it("stays curated when any claim is curated, and takes the best extracted confidence otherwise", () => {
    const extracted = { origin: "EXTRACTED", confidence: 0.6, extractorVersion: "x1" };
    expect(mergeClaims([claim("rel:a", "document:a", extracted), claim("rel:c", "document:c")], documents, []).origin).toBe("CURATED");
    const both = mergeClaims([claim("rel:a", "document:a", extracted), claim("rel:c", "document:c", { ...extracted, confidence: 0.8 })], documents, []);
    expect([both.origin, both.confidence, both.extractorVersion]).toEqual(["EXTRACTED", 0.8, "x1"]);
  });

  it("keeps when each claim says the fact held in the order of the evidence, '' for an open start and '9999' for an open end", () => {
    const merged = mergeClaims(
      [
        claim("rel:a", "document:a", { dates: { ...from("2021-01-01"), ...to("2022-06-30") } }),
        claim("rel:b", "document:b"),
        claim("rel:c", "document:c", { dates: to("2023-01-01") }),
      ],
      documents,
      names,
    );
    expect(merged.documentIds).toEqual(["document:b", "document:a", "document:c"]);
    expect(merged.evidenceValidFromStart).toEqual(["", "2021-01-01", ""]);
    expect(merged.evidenceValidToEnd).toEqual(["9999", "2022-06-30", "2023-01-01"]);
  });

  it("holds from the earliest stated start until the latest stated end, and stays open when a claim leaves the end open", () => {
    const closed = mergeClaims(
      [
        claim("rel:a", "document:a", { dates: { ...from("2021-01-01"), ...to("2022-01-01") } }),
        claim("rel:c", "document:c", { dates: { ...from("2020-01-01"), ...to("2023-01-01") } }),
      ],
      documents,
      names,
    );
    expect([closed.validFrom_start, closed.validTo_end]).toEqual(["2020-01-01", "2023-01-01"]);
    const open = mergeClaims([claim("rel:a", "document:a", { dates: to("2022-01-01") }), claim("rel:c", "document:c")], documents, names);
    expect(open.validTo).toBeNull();
  });
});

describe("mergeClaimValues", () => {
  const extracted = (claimId: string, confidence: number, dates = {}) =>
    claim(claimId, "document:a", { origin: "EXTRACTED", confidence, extractorVersion: `v-${claimId}`, dates });

  it("merges any subset of a fact's claims as mergeClaims merges them all: the first claim's extractor version, the best confidence, the widest validity", () => {
    const claims = [extracted("rel:a", 0.6, { ...from("2021-01-01"), ...to("2022-01-01") }), extracted("rel:b", 0.9, from("2020-01-01"))];
    expect(mergeClaimValues(claims.slice(0, 1), names)).toMatchObject({
      origin: "EXTRACTED",
      confidence: 0.6,
      extractorVersion: "v-rel:a",
      validFrom: "2021-01-01",
      validTo_end: "2022-01-01",
    });
    expect(mergeClaimValues(claims, names)).toMatchObject({ confidence: 0.9, extractorVersion: "v-rel:a", validFrom: "2020-01-01", validTo: null });
    const all = mergeClaims(claims, new Map(), names);
    expect(all).toMatchObject(mergeClaimValues(claims, names));
  });

  it("is curated, sure and without an extractor version as soon as one claim is curated", () => {
    expect(mergeClaimValues([extracted("rel:a", 0.6), claim("rel:b", "document:b")], [])).toEqual({ origin: "CURATED", confidence: 1, extractorVersion: null });
  });
});
