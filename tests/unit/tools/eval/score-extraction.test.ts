import { f1, scoreExtraction } from "../../../../src/tools/eval/score-extraction";
import type { Extraction } from "../../../../src/extract/extraction";
import type { FactsFile } from "../../../../src/ingest/plan-document";

const gold: FactsFile = {
  document: { id: "document:x", title: "X" },
  entities: [
    { id: "company:foton", label: "Company", name: "Foton", aliases: ["Beiqi Foton Motor Co."], quote: "Foton" },
    { id: "market:mexico", label: "Market", name: "Mexico", quote: "Mexico" },
    { id: "facility:plant", label: "Facility", name: "Foton plant", quote: "opened its first Mexico plant" },
  ],
  relationships: [
    { id: "rel:a", type: "OPERATES", from: "company:foton", to: "facility:plant", quote: "x" },
    { id: "rel:b", type: "LOCATED_IN", from: "facility:plant", to: "market:mexico", quote: "x" },
  ],
};

const extraction = {
  entities: [
    { id: "company:beiqi-foton", label: "Company", name: "Beiqi Foton Motor Co.", aliases: [], existing: false, confidence: 1, quote: "s1" },
    { id: "facility:f", label: "Facility", name: "plant", aliases: [], existing: false, confidence: 1, quote: "Foton opened its first Mexico plant in 2017." },
    { id: "company:catl", label: "Company", name: "CATL", aliases: [], existing: false, confidence: 1, quote: "s2" },
  ],
  facts: [
    { id: "r1", type: "OPERATES", from: "company:beiqi-foton", to: "facility:f", confidence: 1, quote: "s" },
    { id: "r2", type: "PARTY_TO", from: "company:catl", to: "facility:f", confidence: 1, quote: "s" },
  ],
} as unknown as Extraction;

describe("scoreExtraction", () => {
  it("matches named entities by any gold name and described ones by sentence, then scores triples through that matching", () => {
    const score = scoreExtraction(gold, extraction);
    expect(score.entities.Company).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(score.entities.Facility).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(score.entities.Market).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(score.relations).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(score.missedRelations).toEqual(["facility:plant LOCATED_IN market:mexico"]);
    expect(f1(score.relations)).toBeCloseTo(0.5);
  });
});
