import { checkArticle } from "../../../src/ingest/check-article";

const ok = { title: "T", text: "Foton sells trucks.", publishedOn: "2024-02-29" };

describe("checkArticle", () => {
  it("accepts a titled, non-empty article with a real date as precise as known, or with none", () => {
    expect(() => checkArticle(ok, 1000)).not.toThrow();
    for (const publishedOn of ["2024", "2024-06", "2024-21"]) expect(() => checkArticle({ ...ok, publishedOn }, 1000)).not.toThrow();
    expect(() => checkArticle({ ...ok, publishedOn: null }, 1000)).not.toThrow();
  });

  it.each([
    [{ ...ok, title: " " }, "title must not be empty"],
    [{ ...ok, text: "" }, "text must not be empty"],
    [{ ...ok, text: "é".repeat(600) }, "1200 bytes, over the limit of 1000"],
    [{ ...ok, publishedOn: "2023-02-29" }, 'publishedOn "2023-02-29" is not a date: give a year (2024)'],
    [{ ...ok, publishedOn: "2024-6-4" }, 'publishedOn "2024-6-4" is not a date: give a year (2024)'],
  ])("refuses %p with a message saying what to fix", (input, message) => {
    expect(() => checkArticle(input, 1000)).toThrow(message);
  });
});
