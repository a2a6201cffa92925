import nlp from "compromise";
import { nameKey } from "../model/name-key";
import type { Sentence } from "./split-sentences";

/** compromise's people, places and organisations of one sentence, as name keys. */
export interface SentenceTags {
  people: Set<string>;
  places: Set<string>;
  organisations: Set<string>;
}

/**
 * compromise's tags of a document's sentences, read only for a sentence whose names the patterns
 * leave open, and once per sentence. compromise is most of extraction's time; most sentences never
 * need it, and extraction reads every sentence twice.
 */
export class SentenceTagger {
  private readonly bySentence = new Map<number, SentenceTags>();

  tagsOf(sentence: Sentence): SentenceTags {
    const cached = this.bySentence.get(sentence.start);
    if (cached) return cached;
    const doc = nlp(sentence.text);
    const keys = (names: unknown) => new Set((names as string[]).map((name) => nameKey(name)));
    const tags = { people: keys(doc.people().out("array")), places: keys(doc.places().out("array")), organisations: keys(doc.organizations().out("array")) };
    this.bySentence.set(sentence.start, tags);
    return tags;
  }
}
