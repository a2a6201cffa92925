import { locateQuote } from "../../../src/ingest/locate-quote";

describe("locateQuote", () => {
  const text = "FOTON and Iveco Group signed. FOTON’s strength; FOTON again.";

  it("returns offsets that slice back to the quote", () => {
    const span = locateQuote(text, "FOTON’s strength");
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe("FOTON’s strength");
  });

  it("finds a later occurrence when asked", () => {
    expect(locateQuote(text, "FOTON", 3)).toEqual({ start: 48, end: 53 });
  });

  it("returns null for a quote that is not in the text", () => {
    expect(locateQuote(text, "FOTON's strength")).toBeNull();
  });

  it("returns null when the quote occurs fewer times than asked", () => {
    expect(locateQuote(text, "Iveco", 2)).toBeNull();
  });
});
