import { isDraftOf } from "../document-memory";
import type { DraftOf } from "../drafts";
import { VEHICLE_NOUNS } from "../lexicon";
import { vehiclesOfSentence, type MentionRef, type SentenceScan } from "./sentence-scan";

const SELLING = /\b(sells?|sold|selling|exported|exports?|available|put into operation)\b/i;
const PASSIVE_SELLING = /\b(is|are|be|been|was|were)\s+(also\s+|now\s+|already\s+|mainly\s+)?(sold|exported|available|put into operation)/i;
/** "supplies brake systems to truck makers in India": the supplier sells where its customers are. */
const SUPPLYING_TO = /\bsuppl(?:y|ies|ied|ying)\b[^.;]*?\bto\s+(?:[\p{Ll}-]+\s+){1,3}(?=(?:in|across|throughout)\s)/u;
/** A sentence that opens on the products named before it: "The buses are sold in ...", "The trucks will be exported to ...". */
const PRODUCTS_BEFORE = new RegExp(`^\\s*(?:The|These|Both)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${VEHICLE_NOUNS.source.slice(2, -2)}\\b`, "u");

/** The markets of the selling clause that starts at `from` (an offset in the sentence), up to its end. */
function marketsOfClause(scan: SentenceScan, from: number): MentionRef[] {
  // "in the U.S. and Canada": an abbreviation's full stop ends no clause.
  const clause = scan.text.slice(from).split(/\s+(?:that|which|where|while|but|although)\s+|;|\.\s+(?=\p{Lu})/u)[0];
  const start = scan.sentence.start + from;
  const end = start + clause.length;
  return scan.mentionsOf("Market").filter(({ ref, mention }) => mention.start > start && mention.end <= end && !scan.excludedPlaces.has(ref));
}

/** The products a sentence that names none refers back to: those of the latest sentence that drafted any. */
function productsReferredTo(scan: SentenceScan): DraftOf<"Vehicle">[] {
  const earlier = scan.memory.drafts.filter(isDraftOf("Vehicle")).filter((draft) => draft.sentence < scan.sentence.index);
  const latest = earlier.at(-1)?.sentence;
  return latest === undefined ? [] : earlier.filter((draft) => draft.sentence === latest);
}

/** Who sells: the sentence's products when they are sold ("are sold in"), or the products before it; the company otherwise, and the products it sells ("sells electric trucks in Mexico"). */
function sellersOf(scan: SentenceScan, verbAt: number): string[] {
  const products = vehiclesOfSentence(scan);
  if (PASSIVE_SELLING.test(scan.text)) {
    const sold = products.length ? products : PRODUCTS_BEFORE.test(scan.text) ? productsReferredTo(scan) : [];
    if (sold.length) return sold.map((product) => product.ref);
  }
  const objects = products.filter((product) => {
    const at = scan.text.indexOf(product.name);
    return at > verbAt && /^\s*(?:its\s+|their\s+|the\s+|an?\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(scan.text.slice(verbAt, at).replace(SELLING, ""));
  });
  return [...(scan.actor ? [scan.actor] : []), ...objects.map((product) => product.ref)];
}

/**
 * Sales: "sells its buses in Poland, Germany and the Czech Republic", "exported to Vietnam",
 * "supplies brake systems to truck makers in India". The markets listed after the verb, up to the
 * end of its clause, are where the seller sells: the sentence's products (or those the sentence
 * before named, for "The buses are sold in ...") when the verb is passive, else its company and the
 * products that are the verb's object.
 */
export function salesPattern(scan: SentenceScan): void {
  const selling = scan.text.match(SELLING);
  const supplying = scan.text.match(SUPPLYING_TO);
  if (selling?.index !== undefined) {
    for (const seller of sellersOf(scan, selling.index)) for (const { ref } of marketsOfClause(scan, selling.index)) scan.fact("SELLS_IN", seller, ref, 0.55);
  } else if (supplying?.index !== undefined && scan.actor) {
    for (const { ref } of marketsOfClause(scan, supplying.index + supplying[0].length - 1)) scan.fact("SELLS_IN", scan.actor, ref, 0.5);
  }
}
