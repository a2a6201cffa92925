import nlp from "compromise";
import { coreTokens } from "./company-names";
import { memoizeWord } from "../model/memoize-word";
import type { EntityMention } from "./recognize-entities";
import type { Sentence } from "./split-sentences";

/** Words before a lower-case word that make it an ordinary noun ("a shell", "the target"), not a name. */
const DETERMINER_BEFORE = /\b(a|an|the|this|that|these|those|its|their|his|her|our|your|some|any|no|every|each)\s+$/i;

/** True when compromise reads the word alone as a noun only: "acme" may be a name, "ample" or "target" may not. */
const mayBeName = memoizeWord((word: string): boolean => {
  const [sentence] = nlp(word).json() as { terms?: { tags?: string[] }[] }[];
  const tags = sentence?.terms?.[0]?.tags;
  return Boolean(tags?.includes("Noun")) && !tags?.some((tag) => tag === "Adjective" || tag === "Verb");
});

/** The lower-case forms of the article's company names worth looking for: each name's core of one to three words, the words names may be. */
function lowercaseForms(companies: EntityMention[]): Map<string, EntityMention> {
  const forms = new Map<string, EntityMention>();
  for (const mention of companies) {
    const core = coreTokens(mention.text);
    const form = core.join(" ");
    if (core.length === 0 || core.length > 3 || form.length < 3 || forms.has(form) || !/^[a-z0-9 ]+$/.test(form)) continue;
    if (core.every(mayBeName)) forms.set(form, mention);
  }
  return forms;
}

/**
 * A company the article names with capitals ("ACME", "Acme Corp.") named again in lower case
 * ("acme said"): one more mention of it, so that every casing resolves to one node. A lower-case
 * word compromise reads as an adjective or verb, or one after a determiner ("a shell"), stays a word.
 */
export function lowercaseCompanyMentions(scanText: string, sentences: Sentence[], perSentence: EntityMention[][]): EntityMention[][] {
  const forms = lowercaseForms(perSentence.flat().filter((mention) => mention.label === "Company"));
  if (forms.size === 0) return perSentence;
  return perSentence.map((found, index) => {
    const sentence = sentences[index];
    const added: EntityMention[] = [];
    for (const [form, named] of forms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${form.replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}-])`, "gu");
      for (const match of sentence.text.matchAll(pattern)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (DETERMINER_BEFORE.test(scanText.slice(Math.max(sentence.start, start - 8), start))) continue;
        if (found.some((mention) => mention.start < end && start < mention.end)) continue;
        added.push({ label: "Company", text: scanText.slice(start, end), start, end, sentence: sentence.index, confidence: Math.min(named.confidence, 0.7) });
      }
    }
    return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
  });
}
