import { checkArticle } from "../../../src/ingest/check-article";

const ok = { title: "T", text: "Foton sells trucks.", publishedOn: "2024-02-29" };

describe("checkArticle", () => {
  it("accepts a titled, non-empty article with a real date as precise as known, or with none", () => {
    expect(() => checkArticle(ok, 1000)).not.toThrow();
    for (const publishedOn of ["2024", "2024-06", "2024-21"]) expect(() => checkArticle({ ...ok, publishedOn }, 1000)).not.toThrow();
    expect(() => checkArticle({ ...ok, publishedOn: null }, 1000)).not.toThrow();
  });

  it("accepts tabs and line breaks, LF or CRLF, as text", () => {
    expect(() => checkArticle({ ...ok, text: "Foton\tsells trucks.\r\nIt sells vans.\nAnd buses.\r" }, 1000)).not.toThrow();
  });

  it.each([
    [{ ...ok, title: " " }, "title must not be empty"],
    [{ ...ok, text: "" }, "text must not be empty"],
    [{ ...ok, text: "é".repeat(600) }, "1200 bytes, over the limit of 1000"],
    [{ ...ok, publishedOn: "2023-02-29" }, 'publishedOn "2023-02-29" is not a date: give a year (2024)'],
    [{ ...ok, publishedOn: "2024-6-4" }, 'publishedOn "2024-6-4" is not a date: give a year (2024)'],
    [{ ...ok, text: "Foton\u0000 sells trucks." }, "text contains the control character U+0000 at offset 5"],
    [{ ...ok, text: "Foton sells\u0007 trucks." }, "text contains the control character U+0007 at offset 11"],
    [{ ...ok, text: "Foton sells \u0085trucks." }, "text contains the control character U+0085 at offset 12"],
    [{ ...ok, title: "Foton\u001b[31m" }, "title contains the control character U+001B"],
    [{ ...ok, source: "Wire\u0000" }, "source contains the control character U+0000"],
    [{ ...ok, text: "Foton sells trucks.\u007f" }, "text contains the control character U+007F at offset 19"],
    [{ ...ok, text: "Foton sells \uFFFD trucks." }, "text contains U+FFFD replacement characters"],
  ])("refuses %p with a message saying what to fix", (input, message) => {
    expect(() => checkArticle(input, 1000)).toThrow(message);
  });
});
