import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadEvalSplit, splitFactsFiles } from "../../../../src/tools/eval/load-eval-split";

const RANGES = { dev: { first: 100, last: 199 }, test: { first: 200, last: 299 } };

describe("splitFactsFiles", () => {
  it("puts each facts file in the half whose range holds its leading number, in file order", () => {
    const names = ["201_b.facts.yaml", "102_a.facts.yaml", "101_z.facts.yaml", "212_c.facts.yaml"];
    expect(splitFactsFiles(names, RANGES)).toEqual({
      dev: ["101_z.facts.yaml", "102_a.facts.yaml"],
      test: ["201_b.facts.yaml", "212_c.facts.yaml"],
    });
  });

  it("refuses files in neither half, naming every one", () => {
    expect(() => splitFactsFiles(["101_a.facts.yaml", "301_b.facts.yaml", "notes.facts.yaml"], RANGES)).toThrow(
      "split.yaml: 301_b.facts.yaml is in neither half; notes.facts.yaml is in neither half",
    );
  });

  it("refuses a file that overlapping ranges put in both halves", () => {
    expect(() => splitFactsFiles(["150_a.facts.yaml"], { dev: { first: 100, last: 199 }, test: { first: 150, last: 299 } })).toThrow(
      "150_a.facts.yaml is in both halves",
    );
  });
});

describe("loadEvalSplit", () => {
  const withFolder = (files: Record<string, string>, run: (dir: string) => void) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eval-split-"));
    try {
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
      run(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it("splits a folder's facts files by its split file, ignoring the articles", () => {
    const split = "dev: { first: 100, last: 199 }\ntest: { first: 200, last: 299 }\n";
    withFolder({ "split.yaml": split, "101_a.facts.yaml": "", "101_a.txt": "", "201_b.facts.yaml": "" }, (dir) => {
      expect(loadEvalSplit(dir)).toEqual({ dev: ["101_a.facts.yaml"], test: ["201_b.facts.yaml"] });
    });
  });

  it("refuses a folder without a split file, or a half without a range", () => {
    withFolder({ "101_a.facts.yaml": "" }, (dir) => expect(() => loadEvalSplit(dir)).toThrow("split.yaml is missing"));
    withFolder({ "split.yaml": "dev: { first: 100, last: 199 }\n" }, (dir) =>
      expect(() => loadEvalSplit(dir)).toThrow('"test" must be { first: <number>, last: <number> }'),
    );
  });
});
