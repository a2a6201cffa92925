import { blankDatelines } from "../../../src/extract/blank-datelines";
import { extractDocument } from "../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

describe("blankDatelines", () => {
  it.each([
    ["GDANSK, Poland (Baltic Wire) — Mortensen Haulage Ltd ordered buses.", "Mortensen Haulage Ltd ordered buses."],
    ["OSLO, Norway / HELSINKI, Finland, Mar 4 (Nordic Desk) — Fjord Motors Ltd opened a plant.", "Fjord Motors Ltd opened a plant."],
    ["Porto, Portugal, 3 March 2025 – Rio Axles S.A. signed a deal.", "Rio Axles S.A. signed a deal."],
  ])("blanks the dateline of %j, keeping every offset", (text, story) => {
    const blanked = blankDatelines(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.trim()).toBe(story);
  });

  it("leaves a sentence that merely starts with a name alone", () => {
    const text = "Fjord Motors Ltd signed a supply agreement with Rio Axles S.A. in Porto.";
    expect(blankDatelines(text)).toBe(text);
  });

  it("takes no place, target market or signing place from a dateline", async () => {
    const { entities, facts } = await article(
      "Fjord and Rio sign deal\n\nGDANSK, Poland (Baltic Wire) — Fjord Motors Ltd signed a supply agreement with Rio Axles S.A. on Tuesday.",
    );
    expect(entities.filter((e) => e.label === "Market")).toEqual([]);
    expect(facts.filter((f) => f.type === "SIGNED_IN" || f.type === "TARGETS_MARKET")).toEqual([]);
    expect(facts.filter((f) => f.type === "PARTY_TO")).toHaveLength(2);
  });
});
