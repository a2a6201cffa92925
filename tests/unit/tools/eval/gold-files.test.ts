import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../../../src/config";
import { planDocument, type FactsFile } from "../../../../src/ingest/plan-document";
import { loadEvalSplit } from "../../../../src/tools/eval/load-eval-split";

const EVAL_DIR = path.join(PROJECT_ROOT, "seeds", "eval");
const goldFiles = fs.readdirSync(EVAL_DIR).filter((name) => name.endsWith(".facts.yaml"));

describe("the evaluation articles' gold files", () => {
  it("are at least six, beside their articles", () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(6);
    for (const name of goldFiles) expect(fs.existsSync(path.join(EVAL_DIR, name.replace(".facts.yaml", ".txt")))).toBe(true);
  });

  it("fall each in one half of the split, the held-out test half holding at least twelve", () => {
    const split = loadEvalSplit(EVAL_DIR);
    expect(split.dev.length + split.test.length).toBe(goldFiles.length);
    expect(split.dev.length).toBeGreaterThanOrEqual(6);
    expect(split.test.length).toBeGreaterThanOrEqual(12);
  });

  it("give every relationship an id no other gold file uses", () => {
    const ids = goldFiles.flatMap((name) => ((parse(fs.readFileSync(path.join(EVAL_DIR, name), "utf8")) as FactsFile).relationships ?? []).map((r) => r.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(goldFiles)("%s is a valid facts file whose every quote is in its article", (name) => {
    const facts = parse(fs.readFileSync(path.join(EVAL_DIR, name), "utf8")) as FactsFile;
    const text = fs.readFileSync(path.join(EVAL_DIR, facts.document.file!), "utf8");
    expect(planDocument(facts, text).problems).toEqual([]);
  });
});
