import { nameKey } from "../model/name-key";
import { coreTokens, isHeadShortForm } from "./company-names";
import { findPlace } from "./places-gazetteer";
import type { KnownGraph } from "./known-graph";
import type { SentenceTagger } from "./sentence-tagger";
import { isMentionLabel, recognizeEntities, type EntityMention, type KnownNames } from "./recognize-entities";
import type { Sentence } from "./split-sentences";

export interface RecognizedArticle {
  mentions: EntityMention[];
  /** The mentions of each sentence, in the order of the sentences. */
  perSentence: EntityMention[][];
  /** A person's full name by the key of their surname, as the article introduced them. */
  documentPeople: Map<string, string>;
}

/** Keeps the longest of overlapping mentions. */
function dedupe(mentions: EntityMention[]): EntityMention[] {
  return mentions.filter(
    (mention) =>
      !mentions.some(
        (other) => other !== mention && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start,
      ),
  );
}

/**
 * The second reading of an article, with what the graph knows (a name the graph has is of its label)
 * and what the article has said so far: a company named in full anywhere lends its short form to
 * every sentence ("Beiqi Foton Motor Co." → "Foton", "Tarvik Motors" → "Tarvik"), and a surname refers to the person introduced
 * with it.
 */
export function recognizeArticle(
  scanText: string,
  sentences: Sentence[],
  firstPass: EntityMention[],
  graph: KnownGraph,
  tagger: SentenceTagger,
): RecognizedArticle {
  const documentPeople = new Map<string, string>();
  const documentCompanies = new Set<string>();
  const known: KnownNames = {
    labelOf(key) {
      const label = graph.byKey
        .get(key)
        ?.map((candidate) => candidate.label)
        .find(isMentionLabel);
      if (label) return label;
      if (documentPeople.has(key)) return "Person";
      return documentCompanies.has(key) ? "Company" : null;
    },
  };
  for (const mention of firstPass) {
    if (mention.label !== "Company") continue;
    const core = coreTokens(mention.text);
    documentCompanies.add(core.join(" "));
    if (core.length === 2) documentCompanies.add(core[1]);
    // "Tarvik" for "Tarvik Motors": the first word of a short name, unless it is a place ("North Star Trucks").
    if (isHeadShortForm(core, core.slice(0, 1)) && !findPlace(core[0])) documentCompanies.add(core[0]);
  }
  const perSentence = sentences.map((sentence) => {
    const found = dedupe(recognizeEntities(scanText, sentence, known, tagger));
    for (const mention of found) {
      const tokens = nameKey(mention.text).split(" ");
      if (mention.label === "Person" && tokens.length >= 2) documentPeople.set(tokens[tokens.length - 1], mention.text);
    }
    return found;
  });
  return { mentions: perSentence.flat(), perSentence, documentPeople };
}
