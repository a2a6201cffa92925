import { articleSentences } from "../../../src/extract/article-sentences";
import { extractDocument } from "../../../src/extract/extract-document";

const TEXT = [
  "Tarvik and Helios team up",
  "",
  "By Priya Raman",
  "",
  "By Staff Writer | March 2, 2024",
  "",
  "PUNE, India (Autowire) — Tarvik Motors Ltd will build hydrogen trucks at its plant in Chakan.",
  "",
  "(Reporting by Priya Raman; Editing by Tom Hughes)",
  "— With assistance from Danny Lee.",
].join("\n");

describe("articleSentences and bylines", () => {
  it("reads the story's sentences and leaves out bylines, reporting credits and the dateline", () => {
    const { scanText, sentences } = articleSentences({ title: "Tarvik and Helios team up", text: TEXT, publishedOn: null });
    expect(scanText).toHaveLength(TEXT.length);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["Tarvik Motors Ltd will build hydrogen trucks at its plant in Chakan."]);
  });

  it("makes no person of a byline's or a credit's names and no place of the dateline's", async () => {
    const { entities } = await extractDocument({ title: "Tarvik and Helios team up", text: TEXT, publishedOn: "2025-03-18" }, () => Promise.resolve([]));
    expect(entities.filter((entity) => entity.label === "Person")).toEqual([]);
    expect(entities.filter((entity) => entity.label === "Market").map((entity) => entity.name)).toEqual(["Chakan"]);
  });
});
