import { quoteContext } from "../../../../src/web/explorer/quote-context";

describe("quoteContext", () => {
  const text = "First sentence here. Foton and Iveco Group signed a MOU in Beijing. Last words.";
  const start = text.indexOf("Foton");
  const end = text.indexOf(" Last");

  it("cuts the text around the quote at its offsets", () => {
    expect(quoteContext(text, text.slice(start, end), start, end)).toEqual({
      before: "First sentence here. ",
      quote: "Foton and Iveco Group signed a MOU in Beijing.",
      after: " Last words.",
    });
  });

  it("marks cut ends with an ellipsis", () => {
    const context = quoteContext(text, text.slice(start, end), start, end, 5);
    expect(context.before).toBe("…ere. ");
    expect(context.after).toBe(" Last…");
  });

  it("shows the stored quote alone when the offsets do not match the text", () => {
    expect(quoteContext(text, "something else", start, end)).toEqual({ before: "", quote: "something else", after: "" });
    expect(quoteContext(null, "the quote", 0, 9)).toEqual({ before: "", quote: "the quote", after: "" });
    expect(quoteContext(text, "x", -1, 400)).toEqual({ before: "", quote: "x", after: "" });
  });
});
