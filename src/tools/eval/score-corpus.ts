import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { extractDocument } from "../../extract/extract-document";
import type { KnownEntity } from "../../extract/extraction";
import { isMentionLabel } from "../../extract/recognize-entities";
import type { FactsFile } from "../../model/facts-file";
import { nameKeys } from "../../model/name-key";
import { addScores, scoreExtraction, type ExtractionScore, type Score } from "./score-extraction";

export interface ArticleScore {
  /** The article's file name. */
  article: string;
  score: ExtractionScore;
}

export interface CorpusScore {
  articles: ArticleScore[];
  /** Summed over the articles: by entity label, plus "ALL". */
  entities: Record<string, Score>;
  relations: Score;
}

const empty = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

/**
 * Extracts every article of `dir` that has a gold facts file ("*.facts.yaml", naming its article or
 * beside it as "*.txt"), or only those of `only` when given, in file order, and scores each against
 * its gold file. Needs no database: each article's names are resolved against the named entities the
 * articles before it in the same call introduced, as a graph loaded in that order would hold them, so
 * two calls (the two halves of a split) never resolve against each other. Null when there are no gold
 * files.
 */
export async function scoreCorpus(dir: string, only?: string[]): Promise<CorpusScore | null> {
  if (!fs.existsSync(dir)) return null;
  const factsFiles = (only ?? fs.readdirSync(dir).filter((name) => name.endsWith(".facts.yaml"))).slice().sort();
  if (factsFiles.length === 0) return null;
  const known: KnownEntity[] = [];
  const total: CorpusScore = { articles: [], entities: {}, relations: empty() };
  for (const factsName of factsFiles) {
    const gold = parse(fs.readFileSync(path.join(dir, factsName), "utf8")) as FactsFile;
    const article = gold.document.file ?? factsName.replace(".facts.yaml", ".txt");
    const text = fs.readFileSync(path.join(dir, article), "utf8");
    const publishedOn = gold.document.publishedOn?.value.length === 10 ? gold.document.publishedOn.value : null;
    const extraction = await extractDocument({ title: gold.document.title, text, publishedOn }, (keys) =>
      Promise.resolve(known.filter((entity) => entity.nameKeys.some((key) => keys.includes(key)))),
    );
    for (const entity of extraction.entities) {
      if (!entity.existing && isMentionLabel(entity.label))
        known.push({ id: entity.id, label: entity.label, name: entity.name, nameKeys: nameKeys([entity.name, ...entity.aliases]) });
    }
    const score = scoreExtraction(gold, extraction);
    for (const [label, value] of Object.entries(score.entities)) total.entities[label] = addScores(total.entities[label] ?? empty(), value);
    total.relations = addScores(total.relations, score.relations);
    total.articles.push({ article, score });
  }
  return total;
}
