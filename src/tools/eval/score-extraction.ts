import { nameKeys } from "../../model/name-key";
import type { Extraction } from "../../extract/extraction";
import type { FactsFile } from "../../model/facts-file";

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ExtractionScore {
  /** By entity label, plus "ALL". */
  entities: Record<string, Score>;
  relations: Score;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

const NAMED = new Set(["Company", "Person", "Market"]);
const empty = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export function precision(score: Score): number {
  const found = score.truePositives + score.falsePositives;
  return found === 0 ? 1 : score.truePositives / found;
}

export function recall(score: Score): number {
  const expected = score.truePositives + score.falseNegatives;
  return expected === 0 ? 1 : score.truePositives / expected;
}

export function f1(score: Score): number {
  const p = precision(score);
  const r = recall(score);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function addScores(a: Score, b: Score): Score {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/**
 * Scores an extraction against a gold facts file, strictly. A named entity (company, person, place)
 * matches a gold entity of the same label when one of its names is one of the gold names or aliases
 * (case, accents and legal suffixes aside). An entity the text describes rather than names (an
 * agreement, facility, product, figure or event) matches a gold one of the same label when they are
 * drawn from the same sentence. Each gold entity matches at most one extracted entity. A relation
 * matches when its type and both matched ends are the gold triple's.
 */
export function scoreExtraction(gold: FactsFile, extraction: Extraction): ExtractionScore {
  const mapping = new Map<string, string>();
  const claimed = new Set<string>();
  const entities: Record<string, Score> = { ALL: empty() };
  const result: ExtractionScore = { entities, relations: empty(), missedEntities: [], spuriousEntities: [], missedRelations: [], spuriousRelations: [] };
  const bump = (label: string, field: keyof Score) => {
    entities[label] ??= empty();
    entities[label][field] += 1;
    entities.ALL[field] += 1;
  };

  for (const entity of extraction.entities) {
    const keys = new Set(nameKeys([entity.name, ...entity.aliases]));
    const match = gold.entities.find((candidate) => {
      if (candidate.label !== entity.label || claimed.has(candidate.id)) return false;
      if (NAMED.has(entity.label)) return nameKeys([candidate.name, ...(candidate.aliases ?? [])]).some((key) => keys.has(key));
      return entity.quote.includes(candidate.quote) || candidate.quote.includes(entity.quote);
    });
    if (match) {
      mapping.set(entity.id, match.id);
      claimed.add(match.id);
      bump(entity.label, "truePositives");
    } else {
      bump(entity.label, "falsePositives");
      result.spuriousEntities.push(`${entity.label} ${entity.name}`);
    }
  }
  for (const entity of gold.entities) {
    if (claimed.has(entity.id)) continue;
    bump(entity.label, "falseNegatives");
    result.missedEntities.push(`${entity.label} ${entity.name}`);
  }

  const goldTriples = new Set((gold.relationships ?? []).map((r) => `${r.from} ${r.type} ${r.to}`));
  const found = new Set<string>();
  for (const fact of extraction.facts) {
    const triple = `${mapping.get(fact.from) ?? fact.from} ${fact.type} ${mapping.get(fact.to) ?? fact.to}`;
    if (found.has(triple)) continue;
    found.add(triple);
    if (goldTriples.has(triple)) result.relations.truePositives += 1;
    else {
      result.relations.falsePositives += 1;
      result.spuriousRelations.push(triple);
    }
  }
  for (const triple of goldTriples) {
    if (found.has(triple)) continue;
    result.relations.falseNegatives += 1;
    result.missedRelations.push(triple);
  }
  return result;
}
