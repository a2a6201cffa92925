import path from "node:path";
import { PROJECT_ROOT } from "../../config";
import { formatCorpusReport, type Targets } from "../eval/format-corpus-report";
import { loadEvalSplit } from "../eval/load-eval-split";
import { scoreCorpus } from "../eval/score-corpus";

const USAGE = `Usage: npm run eval:extract [-- --verbose] [-- --verbose-test]

Runs the extractor on three corpora and scores each against its facts files apart: the seed articles
(seeds/), the dev half of the evaluation articles (seeds/eval/, every 1xx file: rules are tuned on it)
and the test half (every 2xx file: held out, never tuned on), as seeds/eval/split.yaml fixes them.
Each gets precision, recall and F1 for entities by type and for relation triples.
--verbose lists every miss and spurious fact of the seeds and the dev half; --verbose-test lists those of
the test half, which is only for checking a gold annotation, never for changing a rule.
Needs no database: within each corpus, entities are resolved against those of the articles read before,
in file order; the corpora never resolve against each other.`;

export interface EvalArgs {
  verbose: boolean;
  verboseTest: boolean;
}

/** The targets: the seeds and the held-out test half. The dev half has none, being tuned on. */
export const TARGETS: Record<"seeds" | "test", Targets> = {
  seeds: { entityF1: 0.9, relationF1: 0.75 },
  test: { entityF1: 0.85, relationF1: 0.65 },
};

/** Reads the flags of `npm run eval:extract`; null for --help. Throws on a flag it does not know. */
export function parseEvalArgs(args: string[]): EvalArgs | null {
  if (args.includes("--help") || args.includes("-h")) return null;
  const unknown = args.filter((arg) => arg !== "--verbose" && arg !== "--verbose-test");
  if (unknown.length > 0) throw new Error(`${unknown[0]} is not an option of npm run eval:extract`);
  return { verbose: args.includes("--verbose"), verboseTest: args.includes("--verbose-test") };
}

/**
 * Scores the seeds, the dev half and the test half, each as its own sequence, and prints the three
 * reports. The test half's misses are listed only with --verbose-test, so that tuning on the dev
 * half's misses never shows the held-out ones by accident.
 */
export async function evalExtract(args: EvalArgs, print: (line: string) => void = console.log): Promise<number> {
  const evalDir = path.join(PROJECT_ROOT, "seeds", "eval");
  const split = loadEvalSplit(evalDir);
  const seeds = await scoreCorpus(path.join(PROJECT_ROOT, "seeds"));
  if (seeds) formatCorpusReport("Seed articles", seeds, { misses: args.verbose, targets: TARGETS.seeds }).forEach((line) => print(line));
  const dev = await scoreCorpus(evalDir, split.dev);
  if (dev) formatCorpusReport("Dev half (rules are tuned on it)", dev, { misses: args.verbose }).forEach((line) => print(line));
  else print("\nNo dev-half articles in seeds/eval/.");
  const test = await scoreCorpus(evalDir, split.test);
  const note = args.verbose && !args.verboseTest ? "(its misses are not listed: held out; --verbose-test lists them, for checking gold only)" : undefined;
  if (test)
    formatCorpusReport("Test half (held out, never tuned on)", test, { misses: args.verboseTest, targets: TARGETS.test, note }).forEach((line) => print(line));
  else print("\nNo test-half articles in seeds/eval/.");
  return seeds ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const args = parseEvalArgs(argv);
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const code = await evalExtract(args);
  console.log(`\nScored in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Evaluation failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
