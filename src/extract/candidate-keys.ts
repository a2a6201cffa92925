import { nameKeys } from "../model/name-key";
import { coreTokens } from "./company-names";
import type { EntityMention } from "./recognize-entities";
import type { Sentence } from "./split-sentences";

const CAPITALISED_RUN = /[\p{Lu}][\p{L}\p{N}&’'.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}][\p{L}\p{N}&’'.-]*)*/gu;

/**
 * Every key under which the graph might know a name of the article: each capitalised run and each of
 * its words, and each name a first reading found, with their legal-suffix-free cores (and the last
 * word of a two-word core), and the gazetteer's own name of each place found ("USA" asks for
 * "united states", the key of the graph's country). Asking for them all at once is the article's one round trip to the graph.
 */
export function candidateKeys(sentences: Sentence[], firstPass: EntityMention[]): string[] {
  const keys = new Set<string>();
  const add = (name: string) => {
    for (const key of nameKeys([name])) keys.add(key);
    const core = coreTokens(name);
    keys.add(core.join(" "));
    if (core.length === 2) keys.add(core[1]);
  };
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(CAPITALISED_RUN)) {
      add(match[0]);
      for (const word of match[0].split(/\s+/)) add(word);
    }
  }
  for (const mention of firstPass) {
    add(mention.text);
    if (mention.place) add(mention.place.name);
  }
  keys.delete("");
  return [...keys];
}
