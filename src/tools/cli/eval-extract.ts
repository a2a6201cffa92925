import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../config";
import { extractDocument, type KnownEntity } from "../../extract/extract-document";
import { addScores, f1, precision, recall, scoreExtraction, type ExtractionScore, type Score } from "../eval/score-extraction";
import { isMentionLabel } from "../../extract/recognize-entities";
import type { FactsFile } from "../../model/facts-file";
import { nameKeys } from "../../model/name-key";

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

async function scoreCorpus(corpus: Corpus, verbose: boolean): Promise<{ entities: Record<string, Score>; relations: Score } | null> {
  if (!fs.existsSync(corpus.dir)) return null;
  const factsFiles = fs
    .readdirSync(corpus.dir)
    .filter((name) => name.endsWith(".facts.yaml"))
    .sort();
  if (factsFiles.length === 0) return null;
  const known: KnownEntity[] = [];
  const total: { entities: Record<string, Score>; relations: Score } = { entities: {}, relations: { truePositives: 0, falsePositives: 0, falseNegatives: 0 } };
  for (const factsName of factsFiles) {
    const gold = parse(fs.readFileSync(path.join(corpus.dir, factsName), "utf8")) as FactsFile;
    const articleName = gold.document.file ?? factsName.replace(".facts.yaml", ".txt");
    const text = fs.readFileSync(path.join(corpus.dir, articleName), "utf8");
    const extraction = await extractDocument(
      { title: gold.document.title, text, publishedOn: gold.document.publishedOn?.value.length === 10 ? gold.document.publishedOn.value : null },
      (keys) => Promise.resolve(known.filter((entity) => entity.nameKeys.some((key) => keys.includes(key)))),
    );
    for (const entity of extraction.entities) {
      if (!entity.existing && isMentionLabel(entity.label))
        known.push({ id: entity.id, label: entity.label, name: entity.name, nameKeys: nameKeys([entity.name, ...entity.aliases]) });
    }
    const score: ExtractionScore = scoreExtraction(gold, extraction);
    for (const [label, value] of Object.entries(score.entities))
      total.entities[label] = addScores(total.entities[label] ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 }, value);
    total.relations = addScores(total.relations, score.relations);
    if (verbose) {
      console.log(`\n${articleName}`);
      for (const line of score.missedEntities) console.log(`  missed entity    ${line}`);
      for (const line of score.spuriousEntities) console.log(`  spurious entity  ${line}`);
      for (const line of score.missedRelations) console.log(`  missed fact      ${line}`);
      for (const line of score.spuriousRelations) console.log(`  spurious fact    ${line}`);
    }
  }
  console.log(`\n${corpus.name} (${factsFiles.length} articles)`);
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
  const seeds = await scoreCorpus({ name: "Seed articles", dir: path.join(PROJECT_ROOT, "seeds") }, verbose);
  const others = await scoreCorpus({ name: "Evaluation articles (not seeds)", dir: path.join(PROJECT_ROOT, "seeds", "eval") }, verbose);
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
