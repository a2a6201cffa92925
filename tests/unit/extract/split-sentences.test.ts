import { splitSentences } from "../../../src/extract/split-sentences";

describe("splitSentences", () => {
  it("splits after full stops but not after Co., Ltd. or U.S., with offsets into the text", () => {
    const text = "Beiqi Foton Motor Co. is planning a plant. Contemporary Amperex Technology Co. Ltd., or CATL, agreed. It eyes U.S. exports.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Beiqi Foton Motor Co. is planning a plant.",
      "Contemporary Amperex Technology Co. Ltd., or CATL, agreed.",
      "It eyes U.S. exports.",
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("ends a sentence at a line break and after a closing quote", () => {
    const sentences = splitSentences("Headline here\n“The goal is to sell 3,000 units,” he said. Next one.");
    expect(sentences.map((s) => s.text)).toEqual(["Headline here", "“The goal is to sell 3,000 units,” he said.", "Next one."]);
  });
});
