import nlp from "compromise";
import { nameKey } from "../model/name-key";
import type { Sentence } from "./split-sentences";

/** compromise's people, places and organisations of one sentence, as name keys. */
export interface SentenceTags {
  people: Set<string>;
  places: Set<string>;
  organisations: Set<string>;
}

/** Parse steps whose work the people, places and organisations never read: 'chunks' groups tagged terms into phrases and sets no tag. */
const UNREAD_HOOKS = new Set(["chunks"]);

/**
 * compromise's parse of a text without the steps the tags do not need, a tenth of its time. compromise's
 * steps are global to the process and other modules parse with all of them, so the steps are narrowed
 * for this one synchronous parse and restored before anything else can run.
 */
export function parseForTags(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => !UNREAD_HOOKS.has(hook));
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
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
    const doc = parseForTags(sentence.text);
    // compromise searches for people among terms tagged Person, places among Place or Address, and
    // organisations among Organization: a sentence with no such term skips the search.
    const tagged = new Set(doc.docs.flatMap((terms) => terms.flatMap((term) => [...(term.tags ?? [])])));
    const keys = (found: boolean, names: () => unknown) => new Set(found ? (names() as string[]).map((name) => nameKey(name)) : []);
    const tags = {
      people: keys(tagged.has("Person"), () => doc.people().out("array")),
      places: keys(tagged.has("Place") || tagged.has("Address"), () => doc.places().out("array")),
      organisations: keys(tagged.has("Organization"), () => doc.organizations().out("array")),
    };
    this.bySentence.set(sentence.start, tags);
    return tags;
  }
}
