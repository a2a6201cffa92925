import { FACILITY_KIND } from "../../../src/model/labels/facility.label";
import { AGREEMENT_KIND } from "../../../src/model/labels/agreement.label";
import { MARKET_KIND } from "../../../src/model/labels/market.label";
import { createDocumentMemory } from "../../../src/extract/document-memory";
import type { DraftEntity, DraftFact, EntityValue } from "../../../src/extract/drafts";
import { AGREEMENT_KINDS, FACILITY_KINDS, REGIONS } from "../../../src/extract/lexicon";
import type { MentionLabel } from "../../../src/extract/recognize-entities";
import { scanSentence, type SentenceScan } from "../../../src/extract/patterns/sentence-scan";

/**
 * Compiled by ts-jest with type-checking on: each `@ts-expect-error` below must meet a compile
 * error, or the directive itself fails to compile and this file fails. The functions are never
 * called; they exist to be type-checked.
 */
export function misspeltNamesDoNotCompile(scan: SentenceScan): void {
  scan.fact("HOLDS_POSITION", "m0", "m1", 0.9, { title: "CEO", unit: "Europe" });
  // @ts-expect-error a relationship type the model does not declare
  scan.fact("HOLDS_POSITIONS", "m0", "m1", 0.9);
  // @ts-expect-error a property HOLDS_POSITION does not declare
  scan.fact("HOLDS_POSITION", "m0", "m1", 0.9, { titel: "CEO" });
  // @ts-expect-error the mention relationship is provenance, not a fact the extractor may state
  scan.fact("MENTIONED_IN", "m0", "m1", 0.9);

  scan.draft("Agreement", "MOU", { kind: "MOU", status: "SIGNED" }, { signedOn: { value: "2024-06-04", text: "June 4, 2024" } });
  // @ts-expect-error a label the model does not declare
  scan.draft("Agreemnt", "MOU", {});
  // @ts-expect-error an agreement kind outside the AgreementKind enum (the old "AGREEMENT")
  scan.draft("Agreement", "deal", { kind: "AGREEMENT" });
  // @ts-expect-error an agreement status outside the AgreementStatus enum
  scan.draft("Agreement", "deal", { status: "OPERATING" });
  // @ts-expect-error a date Facility does not declare (the old "plannedFor")
  scan.draft("Facility", "plant", { kind: "PLANT" }, { plannedFor: { value: "2026", text: "2026" } });
  // @ts-expect-error a Figure qualifier outside the FigureQualifier enum (hedges go to `bound`)
  scan.draft("Figure", "more than 600", { value: 600, qualifier: "more than" });
}

export function misspeltValuesDoNotCompile(): void {
  // @ts-expect-error a draft fact's type must be a fact relationship type
  const fact: DraftFact = { type: "OPERATE", from: "m0", to: "d0", sentence: 0, properties: {}, confidence: 1 };
  // @ts-expect-error a draft entity's properties are its label's
  const draft: DraftEntity = { ref: "d0", label: "Vehicle", name: "NP6", properties: { kind: "CAR" }, dates: {}, sentence: 0, confidence: 1 };
  // @ts-expect-error a mention label is one of Company, Person and Market
  const label: MentionLabel = "Agreement";
  // @ts-expect-error a place kind is a Market kind
  const kind: EntityValue<"Market", "kind"> = "TOWN";
  void [fact, draft, label, kind];
}

describe("the extractor's names are the model's", () => {
  it("gives agreements, facilities and places only kinds their model enums declare", () => {
    for (const [, kind] of AGREEMENT_KINDS) expect(Object.keys(AGREEMENT_KIND.values)).toContain(kind);
    for (const [, kind] of FACILITY_KINDS) expect(Object.keys(FACILITY_KIND.values)).toContain(kind);
    for (const region of Object.values(REGIONS)) expect(Object.keys(MARKET_KIND.values)).toContain(region.kind);
  });

  it("records typed facts and drafts into the document's memory", () => {
    const memory = createDocumentMemory("m0");
    const scan = scanSentence({ sentence: { index: 0, text: "Foton opened a plant.", start: 0, end: 21 }, mentions: [], reference: null }, memory);
    const plant = scan.draft("Facility", "plant", { kind: "PLANT", status: "OPERATING" });
    scan.fact("OPERATES", "m0", plant.ref, 0.7);
    scan.fact("OPERATES", "m0", plant.ref, 0.7);
    scan.fact("PART_OF", "m0", "m0", 0.7);
    expect(memory.drafts).toEqual([expect.objectContaining({ ref: "d0", label: "Facility", properties: { kind: "PLANT", status: "OPERATING" } })]);
    expect(memory.facts).toEqual([expect.objectContaining({ type: "OPERATES", from: "m0", to: "d0" })]);
  });
});
