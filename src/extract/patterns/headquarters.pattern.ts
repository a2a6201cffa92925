import { tradeNounSource } from "../trade-nouns";
import type { MentionRef, SentenceScan } from "./sentence-scan";

/** A trade noun phrase between a country word and a company: "bus operator", "rail freight operator", "power electronics makers". */
const TRADE_WORDS = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${tradeNounSource(true)}\\b\\s*`, "u");
/** The same after a company, in apposition: ", a Danish supplier", ", the South Korean group". */
const APPOSITION_LEAD = /^,\s+(?:a|an|the)\s+$/i;
/** A reference to the company a sentence goes on about by its country: "The Chilean pack maker", "the Polish firm". */
const REFERENCE_LEAD = /\bthe\s+$/i;

/** True for a place named by its country's adjective or abbreviation ("Norwegian", "U.S."), not by its name. */
const isCountryWord = ({ mention }: MentionRef) => mention.place?.kind === "COUNTRY" && mention.text !== mention.place.name;

/**
 * The company a country word says is from that country: "Norwegian bus operator Skarvhavn", "Kestrup
 * Drive Systems, a Danish supplier", "Kanhwa Cell of South Korea", or, for "the Chilean pack maker"
 * in a sentence naming no company, the company it refers to.
 */
function companyOfCountry(scan: SentenceScan, place: MentionRef): string | undefined {
  const companies = scan.mentionsOf("Company");
  const start = scan.local(place.mention.start);
  const end = scan.local(place.mention.end);
  const before = scan.text.slice(0, start);
  const trade = scan.text.slice(end).match(TRADE_WORDS);
  if (isCountryWord(place) && trade) {
    const next = companies.find(({ mention }) => scan.local(mention.start) === end + trade[0].length);
    if (next) return next.ref;
    const previous = companies.filter(({ mention }) => scan.local(mention.end) <= start).at(-1);
    if (previous && APPOSITION_LEAD.test(scan.text.slice(scan.local(previous.mention.end), start))) return previous.ref;
    if (REFERENCE_LEAD.test(before) && companies.length === 0) return scan.referred ?? undefined;
  }
  if (place.mention.place?.kind !== "COUNTRY") return undefined;
  return companies.find(({ mention }) => /^\s+of\s+$/.test(scan.text.slice(scan.local(mention.end), start)))?.ref;
}

/**
 * Headquarters: "Beijing-based Foton" (the next company, else the sentence's subject), "ohmly Inc.,
 * the Austin-based maker" (the company in apposition), "based in" or "headquartered in" a place (the
 * last company before it), and a country word next to a company ("Dutch barge operator Rijnvaart",
 * "Kanhwa Cell of South Korea"). A place so used is no market or site of the sentence's other facts.
 */
export function headquartersPattern(scan: SentenceScan): void {
  const companies = scan.mentionsOf("Company");
  for (const place of scan.mentionsOf("Market")) {
    const { ref, mention } = place;
    const after = scan.text.slice(scan.local(mention.end));
    const before = scan.text.slice(0, scan.local(mention.start));
    const previous = companies.filter(({ mention: m }) => m.end <= mention.start).at(-1);
    let company: string | undefined;
    let confidence = 0.85;
    if (after.startsWith("-based")) {
      const apposed = previous && APPOSITION_LEAD.test(scan.text.slice(scan.local(previous.mention.end), scan.local(mention.start)));
      company = apposed ? previous.ref : (companies.find(({ mention: m }) => m.start > mention.end)?.ref ?? scan.subject ?? scan.referred ?? undefined);
    } else if (/\b(based|headquartered) in\s+$/.test(before)) company = previous?.ref;
    else {
      company = companyOfCountry(scan, place);
      confidence = 0.6;
    }
    if (company) {
      scan.excludedPlaces.add(ref);
      scan.fact("HEADQUARTERED_IN", company, ref, confidence);
    }
  }
}
