import { blankCredits, isPageFurniture } from "../../../src/extract/is-page-furniture";

describe("isPageFurniture", () => {
  it.each([
    "[Stay on top of transportation news: Get TTNews in your inbox.]",
    "— With assistance from Danny Lee.",
    "Want more news? Listen to today's daily briefing below or go here for more info:",
    "Share :",
  ])("treats %p as furniture", (line) => expect(isPageFurniture(line)).toBe(true));

  it("keeps sentences that state facts", () => {
    expect(isPageFurniture("Foton opened its first Mexico plant, located in Jalisco, in 2017.")).toBe(false);
  });
});

describe("blankCredits", () => {
  it("blanks a photo credit and keeps every offset", () => {
    const text = "The logo on a truck in Beijing. (Nelson Ching/Bloomberg News) Next.";
    const blanked = blankCredits(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain("Bloomberg");
    expect(blanked.endsWith(" Next.")).toBe(true);
  });
});
