import path from "node:path";
import { PROJECT_ROOT } from "../../config";
import { scoreCorpus, type CorpusScore } from "../eval/score-corpus";
import { f1, precision, recall, type Score } from "../eval/score-extraction";

const USAGE = `Usage: npm run eval:extract [-- --verbose]

Runs the extractor on the seed articles (seeds/) and on the evaluation articles (seeds/eval/) and scores
it against their facts files: precision, recall and F1 for entities by type and for relation triples,
the seed and non-seed articles apart. --verbose lists every miss and every spurious fact.
Needs no database: entities are resolved against those of the articles read before, in file order.`;

interface Corpus {
  name: string;
  dir: string;
}

const pct = (value: number) => value.toFixed(2);

/** Scores one corpus and prints its table (and, with `verbose`, every article's misses and spurious facts first). */
async function reportCorpus(corpus: Corpus, verbose: boolean): Promise<CorpusScore | null> {
  const total = await scoreCorpus(corpus.dir);
  if (!total) return null;
  if (verbose) {
    for (const { article, score } of total.articles) {
      console.log(`\n${article}`);
      for (const line of score.missedEntities) console.log(`  missed entity    ${line}`);
      for (const line of score.spuriousEntities) console.log(`  spurious entity  ${line}`);
      for (const line of score.missedRelations) console.log(`  missed fact      ${line}`);
      for (const line of score.spuriousRelations) console.log(`  spurious fact    ${line}`);
    }
  }
  console.log(`\n${corpus.name} (${total.articles.length} articles)`);
  console.log("what                 precision  recall     F1   (tp / fp / fn)");
  const row = (what: string, score: Score) =>
    console.log(
      `${what.padEnd(20)} ${pct(precision(score)).padStart(9)} ${pct(recall(score)).padStart(7)} ${pct(f1(score)).padStart(6)}   (${score.truePositives} / ${score.falsePositives} / ${score.falseNegatives})`,
    );
  for (const [label, score] of Object.entries(total.entities).sort()) if (label !== "ALL") row(`entities ${label}`, score);
  row("entities, all", total.entities.ALL);
  row("relation triples", total.relations);
  return total;
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const verbose = args.includes("--verbose");
  const started = Date.now();
  const seeds = await reportCorpus({ name: "Seed articles", dir: path.join(PROJECT_ROOT, "seeds") }, verbose);
  const others = await reportCorpus({ name: "Evaluation articles (not seeds)", dir: path.join(PROJECT_ROOT, "seeds", "eval") }, verbose);
  if (!others) console.log("\nNo evaluation articles in seeds/eval/.");
  console.log(`\nTargets: seed entity F1 >= 0.90, relation F1 >= 0.75; non-seed entity F1 >= 0.80, relation F1 >= 0.60.`);
  console.log(`Scored in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return seeds ? 0 : 1;
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
