import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { InvalidFactsError } from "../errors";
import { planDocument, type DocumentPlan, type FactsFile } from "./plan-document";

export const FACTS_SUFFIX = ".facts.yaml";

/** The facts files of a folder, in name order. */
export function listFactsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(FACTS_SUFFIX))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Reads a facts file and the article beside it (named by `document.file`, or the same name with
 * `.txt`) and returns the checked plan. Throws InvalidFactsError listing every problem found.
 */
export function readFactsFile(factsPath: string): DocumentPlan {
  const name = path.basename(factsPath);
  let facts: FactsFile;
  try {
    facts = parse(fs.readFileSync(factsPath, "utf8")) as FactsFile;
  } catch (error) {
    throw new InvalidFactsError(name, [`not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  if (!facts || typeof facts !== "object" || !facts.document || !Array.isArray(facts.entities)) {
    throw new InvalidFactsError(name, ["must have a `document` section and an `entities` list"]);
  }
  const articleName = facts.document.file ?? name.replace(FACTS_SUFFIX, ".txt");
  const articlePath = path.join(path.dirname(factsPath), articleName);
  if (!fs.existsSync(articlePath)) throw new InvalidFactsError(name, [`its article ${articleName} is not beside it`]);
  const bytes = fs.readFileSync(articlePath);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidFactsError(name, [`its article ${articleName} is not UTF-8 text`]);
  }
  const { plan, problems } = planDocument({ ...facts, document: { ...facts.document, file: articleName } }, text);
  if (problems.length > 0) throw new InvalidFactsError(name, problems);
  return plan;
}
