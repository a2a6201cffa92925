import { AS_TITLE, isPersonContext, LEADS_UNIT, POSSESSIVE_APPOSITIVE, RUNS_COMPANY, TITLE_BEFORE_NAME } from "../../../src/extract/position-phrases";

/** What TITLE_BEFORE_NAME reads of the words before a name: the holder before the title (a company, "Its", or a unit such as "Operations"), a possessive pronoun, the title, the company after it. */
function titleBefore(preceding: string): (string | undefined)[] | null {
  const match = preceding.match(TITLE_BEFORE_NAME);
  return match ? [match[1], match[2], match[3], match[4]] : null;
}

describe("the phrases that give a person a title", () => {
  it.each([
    ["Volantis's head of purchasing, ", ["Volantis", undefined, "head of purchasing", undefined]],
    ["Hanbit chief executive ", ["Hanbit", undefined, "chief executive", undefined]],
    ["Its chief executive ", ["Its", undefined, "chief executive", undefined]],
    ["The expansion was led by the group's CFO ", [undefined, "the group's", "CFO", undefined]],
    ["said the CEO of Tarvik Motors, ", [undefined, undefined, "CEO", "Tarvik Motors"]],
    ["Operations director ", ["Operations", undefined, "director", undefined]],
    ["Chief Executive ", [undefined, undefined, "Chief Executive", undefined]],
    ["At Hanbit, chief technology officer ", [undefined, undefined, "chief technology officer", undefined]],
    ["the plant opens in May, said chief executive ", [undefined, undefined, "chief executive", undefined]],
    ["said the CEO of Tarvik Motors ", [undefined, undefined, "CEO", "Tarvik Motors"]],
  ])("reads a title before the name, with or without a comma: %j", (preceding, groups) => {
    expect(titleBefore(preceding)).toEqual(groups);
  });

  it("reads a company run 'as' a title, with or without 'its'", () => {
    expect(" as chief executive, said".match(AS_TITLE)?.[1]).toBe("chief executive");
    expect(" as its purchasing director".match(AS_TITLE)?.[1]).toBe("purchasing director");
    expect(", who runs Volta Cells as".match(RUNS_COMPANY)?.[0]).toBe(", who runs ");
  });

  it("reads no title where the words before a name hold none", () => {
    expect(titleBefore("Fenwick Rail Ltd opened a depot in ")).toBeNull();
    expect(titleBefore("the company said that ")).toBeNull();
  });

  it("reads a possessed title after the name, and a unit the person leads", () => {
    expect(", Volantis's head of purchasing, said".match(POSSESSIVE_APPOSITIVE)?.slice(1, 4)).toEqual(["Volantis", undefined, "head of purchasing"]);
    expect(", the company's chief executive".match(POSSESSIVE_APPOSITIVE)?.slice(1, 4)).toEqual([undefined, "the company's", "chief executive"]);
    expect(", who leads Freightline's fleet engineering unit, said".match(LEADS_UNIT)?.slice(1, 4)).toEqual(["Freightline", undefined, "fleet engineering "]);
    expect(", who runs the sales team".match(LEADS_UNIT)?.slice(1, 4)).toEqual([undefined, undefined, "sales "]);
    expect(", who heads the group's battery unit".match(LEADS_UNIT)?.slice(1, 4)).toEqual([undefined, "the group's", "battery "]);
  });

  it("takes a name after 'said', before a title in apposition or after a title as a person's, and no other", () => {
    expect(isPersonContext("said ", " at the launch.")).toBe(true);
    expect(isPersonContext("", ", chief commercial officer at kobalt energy, said")).toBe(true);
    expect(isPersonContext("", ", Aurelia Bus's purchasing director, said")).toBe(true);
    expect(isPersonContext("", ", who heads the battery unit")).toBe(true);
    expect(isPersonContext("the CEO of Tarvik Motors, ", "")).toBe(true);
    expect(isPersonContext("Fenwick Rail Ltd opened a depot in ", ", the company said.")).toBe(false);
    expect(isPersonContext("", " opened a plant in Leeds.")).toBe(false);
  });
});
