import type { CorpusScore } from "./score-corpus";
import { f1, precision, recall, type Score } from "./score-extraction";

/** The F1 a corpus should reach. */
export interface Targets {
  entityF1: number;
  relationF1: number;
}

export interface ReportOptions {
  /** List every article's misses and spurious facts before the table. */
  misses: boolean;
  targets?: Targets;
  /** Said after the table, such as why misses are not listed. */
  note?: string;
}

const pct = (value: number) => value.toFixed(2);

function row(what: string, score: Score): string {
  const counts = `(${score.truePositives} / ${score.falsePositives} / ${score.falseNegatives})`;
  return `${what.padEnd(20)} ${pct(precision(score)).padStart(9)} ${pct(recall(score)).padStart(7)} ${pct(f1(score)).padStart(6)}   ${counts}`;
}

function targetLine({ entityF1, relationF1 }: Targets, total: CorpusScore): string {
  const verdict = (score: Score, target: number) => (Number(pct(f1(score))) >= target ? "met" : "missed");
  return `target: entity F1 >= ${pct(entityF1)} (${verdict(total.entities.ALL, entityF1)}), relation F1 >= ${pct(relationF1)} (${verdict(total.relations, relationF1)})`;
}

/**
 * The lines `npm run eval:extract` prints for one corpus: with `misses`, each article's misses and
 * spurious facts, then precision, recall and F1 by entity label, for all entities and for relation
 * triples, then the corpus's targets and whether they are met. Misses are asked for per corpus so
 * that a held-out corpus can be scored without showing its errors to whoever tunes the rules.
 */
export function formatCorpusReport(name: string, total: CorpusScore, options: ReportOptions): string[] {
  const lines: string[] = [];
  if (options.misses) {
    for (const { article, score } of total.articles) {
      lines.push("", article);
      for (const line of score.missedEntities) lines.push(`  missed entity    ${line}`);
      for (const line of score.spuriousEntities) lines.push(`  spurious entity  ${line}`);
      for (const line of score.missedRelations) lines.push(`  missed fact      ${line}`);
      for (const line of score.spuriousRelations) lines.push(`  spurious fact    ${line}`);
    }
  }
  lines.push("", `${name} (${total.articles.length} articles)`, "what                 precision  recall     F1   (tp / fp / fn)");
  for (const [label, score] of Object.entries(total.entities).sort()) if (label !== "ALL") lines.push(row(`entities ${label}`, score));
  lines.push(row("entities, all", total.entities.ALL), row("relation triples", total.relations));
  if (options.targets) lines.push(targetLine(options.targets, total));
  if (options.note) lines.push(options.note);
  return lines;
}
