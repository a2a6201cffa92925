import { hasCompanyCue } from "../../../src/extract/company-cues";
import { TRADE_NOUNS, tradeNounSource } from "../../../src/extract/trade-nouns";

describe("the trade-noun lexicon", () => {
  it("matches each of its nouns as a whole word, and their plurals only when asked", () => {
    const single = new RegExp(`^${tradeNounSource()}$`);
    const plural = new RegExp(`^${tradeNounSource(true)}$`);
    for (const noun of TRADE_NOUNS) expect(single.test(noun)).toBe(true);
    expect(single.test("operators")).toBe(false);
    expect(plural.test("operators")).toBe(true);
    expect(single.test("makeshift")).toBe(false);
  });

  it("is what the company cues read before a name and in an appositive after it", () => {
    expect(hasCompanyCue("the ferry shipbuilder ", "")).toBe(true);
    expect(hasCompanyCue("", ", a Basel freight forwarder, said")).toBe(true);
    expect(hasCompanyCue("the tall ", "")).toBe(false);
  });
});
