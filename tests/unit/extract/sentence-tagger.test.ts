import nlp from "compromise";
import { parseForTags, SentenceTagger } from "../../../src/extract/sentence-tagger";
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

  it("finds organisations, and no names in a sentence that tags none", () => {
    const [named, plain] = splitSentences("Roberto Talavera of IBM spoke in Madrid. Sales rose sharply last year.");
    const tagger = new SentenceTagger();
    expect(tagger.tagsOf(named).organisations.has("ibm")).toBe(true);
    expect(tagger.tagsOf(plain)).toEqual({ people: new Set(), places: new Set(), organisations: new Set() });
  });
});

describe("parseForTags", () => {
  const sentence = "Iveco Group CEO Gerrit Marx said the plant in Madrid, Spain would open in 2026.";
  const tagsOf = (doc: ReturnType<typeof nlp>) => doc.docs.map((terms) => terms.map((term) => [...(term.tags ?? [])].sort()));

  it("tags every term as compromise's full parse does, without grouping them into phrases", () => {
    const { compute } = nlp.world() as { compute: Record<string, () => void> };
    const chunker = jest.spyOn(compute, "chunks");
    const doc = parseForTags(sentence);
    expect(chunker).not.toHaveBeenCalled();
    expect(tagsOf(doc)).toEqual(tagsOf(nlp(sentence)));
    expect(chunker).toHaveBeenCalledTimes(1);
    chunker.mockRestore();
  });

  it("leaves compromise's steps as they were for every other parse", () => {
    const before = [...nlp.hooks()];
    parseForTags(sentence);
    expect(nlp.hooks()).toEqual(before);
  });
});
