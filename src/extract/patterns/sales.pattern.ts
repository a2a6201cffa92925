import { vehiclesOfSentence, type SentenceScan } from "./sentence-scan";

const SELLING = /\b(sells?|sold|exported|exports?|available|put into operation)\b/i;
const PASSIVE_SELLING = /\b(is|are|be|been|was|were)\s+(also\s+)?(sold|exported|available|put into operation)/i;

/**
 * Sales: "sells its buses in Poland, Germany and the Czech Republic", "exported to Vietnam". The
 * markets listed after the verb, up to the end of its clause, are where the seller sells: the
 * sentence's products when the verb is passive ("are sold in"), else its company.
 */
export function salesPattern(scan: SentenceScan): void {
  const selling = scan.text.match(SELLING);
  if (!selling) return;
  const verbAt = scan.sentence.start + (selling.index ?? 0);
  const products = vehiclesOfSentence(scan);
  const company = scan.actor;
  const sellers = products.length && PASSIVE_SELLING.test(scan.text) ? products.map((product) => product.ref) : company ? [company] : [];
  const clause = scan.text.slice(selling.index).split(/\s+(?:that|which|where|while|but|although)\s+|;|\.\s/)[0];
  const clauseEnd = verbAt + clause.length;
  const markets = scan.mentionsOf("Market").filter(({ ref, mention }) => mention.start > verbAt && mention.end <= clauseEnd && !scan.excludedPlaces.has(ref));
  for (const seller of sellers) for (const { ref } of markets) scan.fact("SELLS_IN", seller, ref, 0.55);
}
