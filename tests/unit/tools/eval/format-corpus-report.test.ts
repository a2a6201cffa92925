import { formatCorpusReport } from "../../../../src/tools/eval/format-corpus-report";
import type { CorpusScore } from "../../../../src/tools/eval/score-corpus";

const corpus: CorpusScore = {
  articles: [
    {
      article: "201_a.txt",
      score: {
        entities: { ALL: { truePositives: 9, falsePositives: 1, falseNegatives: 0 } },
        relations: { truePositives: 3, falsePositives: 0, falseNegatives: 2 },
        missedEntities: [],
        spuriousEntities: ["Company Acme"],
        missedRelations: ["person:x HOLDS_POSITION company:y", "company:y SELLS_IN market:z"],
        spuriousRelations: [],
      },
    },
  ],
  entities: { ALL: { truePositives: 9, falsePositives: 1, falseNegatives: 0 }, Company: { truePositives: 4, falsePositives: 1, falseNegatives: 0 } },
  relations: { truePositives: 3, falsePositives: 0, falseNegatives: 2 },
};

describe("formatCorpusReport", () => {
  it("prints precision, recall and F1 by label, for all entities and for relation triples", () => {
    const lines = formatCorpusReport("Test half", corpus, { misses: false });
    expect(lines).toContain("Test half (1 articles)");
    expect(lines).toContain("entities Company          0.80    1.00   0.89   (4 / 1 / 0)");
    expect(lines).toContain("entities, all             0.90    1.00   0.95   (9 / 1 / 0)");
    expect(lines).toContain("relation triples          1.00    0.60   0.75   (3 / 0 / 2)");
  });

  it("lists an article's misses only when asked", () => {
    expect(formatCorpusReport("Test half", corpus, { misses: false }).join("\n")).not.toContain("missed fact");
    const lines = formatCorpusReport("Dev half", corpus, { misses: true });
    expect(lines).toEqual(expect.arrayContaining(["201_a.txt", "  spurious entity  Company Acme", "  missed fact      company:y SELLS_IN market:z"]));
  });

  it("says whether each target is met, judged on the printed figure", () => {
    const lines = formatCorpusReport("Test half", corpus, { misses: false, targets: { entityF1: 0.95, relationF1: 0.8 }, note: "held out" });
    expect(lines.slice(-2)).toEqual(["target: entity F1 >= 0.95 (met), relation F1 >= 0.80 (missed)", "held out"]);
  });
});
