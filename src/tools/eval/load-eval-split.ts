import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/** The facts files of each half of the evaluation articles, in file order. */
export interface EvalSplit {
  dev: string[];
  test: string[];
}

/** A half of the split as the split file gives it: the range of leading article numbers it holds. */
export interface NumberRange {
  first: number;
  last: number;
}

export const SPLIT_FILE = "split.yaml";
const HALVES = ["dev", "test"] as const;

function readRange(raw: unknown, half: string): NumberRange {
  const range = raw as Partial<NumberRange> | undefined;
  if (!range || !Number.isInteger(range.first) || !Number.isInteger(range.last) || range.first! > range.last!)
    throw new Error(`${SPLIT_FILE}: "${half}" must be { first: <number>, last: <number> } with first <= last`);
  return { first: range.first!, last: range.last! };
}

/**
 * Puts each facts file in the half whose range holds the number its name starts with. A file in
 * neither half or in both is an error naming every such file, so no article is scored in the wrong
 * half, or silently left out, when someone adds one.
 */
export function splitFactsFiles(names: string[], ranges: Record<(typeof HALVES)[number], NumberRange>): EvalSplit {
  const split: EvalSplit = { dev: [], test: [] };
  const problems: string[] = [];
  for (const name of [...names].sort()) {
    const number = /^(\d+)_/.exec(name)?.[1];
    const halves = HALVES.filter((half) => number !== undefined && Number(number) >= ranges[half].first && Number(number) <= ranges[half].last);
    if (halves.length === 1) split[halves[0]].push(name);
    else problems.push(`${name} is in ${halves.length === 0 ? "neither half" : "both halves"}`);
  }
  if (problems.length > 0) throw new Error(`${SPLIT_FILE}: ${problems.join("; ")}`);
  return split;
}

/**
 * Reads the split file of an evaluation folder and splits the folder's facts files by it. The split
 * is kept in a file beside the articles so that which articles are held out is fixed in the
 * repository, not decided at each run.
 */
export function loadEvalSplit(dir: string): EvalSplit {
  const file = path.join(dir, SPLIT_FILE);
  if (!fs.existsSync(file)) throw new Error(`${SPLIT_FILE} is missing from ${dir}`);
  const raw = (parse(fs.readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
  const ranges = { dev: readRange(raw.dev, "dev"), test: readRange(raw.test, "test") };
  const names = fs.readdirSync(dir).filter((name) => name.endsWith(".facts.yaml"));
  return splitFactsFiles(names, ranges);
}
