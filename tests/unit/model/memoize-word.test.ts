import { memoizeWord } from "../../../src/model/memoize-word";

describe("memoizeWord", () => {
  it("works each word out once and answers as the wrapped function does", () => {
    const seen: string[] = [];
    const length = memoizeWord((word) => {
      seen.push(word);
      return word.length;
    });
    expect(["Electric", "Volta", "Electric", "Volta", "Electric"].map(length)).toEqual([8, 5, 8, 5, 8]);
    expect(seen).toEqual(["Electric", "Volta"]);
  });

  it("keeps at most its limit of words, forgetting the least recently used", () => {
    const seen: string[] = [];
    const upper = memoizeWord((word) => {
      seen.push(word);
      return word.toUpperCase();
    }, 2);
    upper("a");
    upper("b");
    upper("a");
    upper("c");
    upper("a");
    upper("b");
    expect(seen).toEqual(["a", "b", "c", "b"]);
  });
});
