import { SentenceTagger } from "../../../src/extract/sentence-tagger";
import { splitSentences } from "../../../src/extract/split-sentences";

describe("SentenceTagger", () => {
  const text = "Gerrit Marx visited Turin on Monday. The plant in Saltillo opened in 2017.";
  const [first, second] = splitSentences(text);

  it("gives each sentence compromise's people and places, as name keys", () => {
    const tagger = new SentenceTagger();
    expect([...tagger.tagsOf(first).people]).toEqual(["gerrit marx"]);
    expect(tagger.tagsOf(first).places.has("turin")).toBe(true);
    expect(tagger.tagsOf(second).people.size).toBe(0);
  });

  it("reads a sentence once, however often it is asked for", () => {
    const tagger = new SentenceTagger();
    expect(tagger.tagsOf(first)).toBe(tagger.tagsOf(first));
  });
});
