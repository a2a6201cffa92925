import { isDraftOf } from "../document-memory";
import { DEMONYMS, VEHICLE_NOUNS } from "../lexicon";
import { placeAfter, targetMarkets, type SentenceScan } from "./sentence-scan";

interface ProductPhrase {
  name: string;
  start: number;
  end: number;
  /** A model name ("NP6") rather than a product line ("pure electric trucks"). */
  model: boolean;
}

/** A product noun phrase: up to four modifiers (lower-case adjectives or capitalised names such as NEV) and a vehicle noun. */
const PRODUCT_PHRASE = new RegExp(
  `\\b(?:(?:[Nn]ew|[Aa]ll-electric|[Ee]lectric|[Pp]ure electric|[Bb]attery-electric|[Hh]ydrogen|[Ll]ight|[Mm]edium|[Hh]eavy|[Cc]ommercial|[Pp]anel|[Ff]uel cell|[Ee]nergy|[Cc]ity|[Mm]ini|[A-Z]{2,5}|[A-Z][a-z]+)\\s+){1,4}${VEHICLE_NOUNS.source.slice(2, -2)}\\b`,
  "g",
);
const PRODUCT_VERB =
  /\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|builds|building|design|designed|sells?|sold|introduce[sd]?|debut(ed)?|showcased?|showed|brought|exported|received|certified|offers?|rolled out|suppl(?:y|ies)|supplier|fits?|assembles?|assembled|ordered|orders? for|uses?|powered|shares)\b/i;
/** From "sells" to the first "in <Place>" of its clause: "sells its buses in Poland". */
const SELLS_PLACE_LEAD = /[^.;]*?\bin\s+/;
const DEVELOPING_VERB =
  /\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|building|design|designed|mastered|debuted|brought)\b/i;

/** A word that may name a model, with a trademark sign and a number after it: "TX-400H", "HyStack™ 200", "K-HAUL E8", "e-City 12". */
const MODEL_CANDIDATE = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)([™®])?(?=( (\p{Lu}{0,3}\d{1,4}\p{L}?)(?![\p{L}\p{N}]))?)/gu;
/** Words with digits that are categories or standards, not models: "Class 8", "Euro 6", "COVID-19". */
const NOT_MODELS =
  /^(class|euro|stage|tier|level|phase|covid|q[1-4]|h[12]|fy\d*|co2|no2|pm2|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\w+day|article|chapter|line|terminal|gate|hall|section|scope|group|top|the|since|by|in|from|until)$/i;

/** True when a word is shaped like a model code: a digit with a capital, a trademark, a capital after a hyphen or after lower case ("eLX", "K-Pack", "ERGO-e"). */
function looksLikeModel(word: string, trademark: boolean, code: string | undefined): boolean {
  if (NOT_MODELS.test(word) || NOT_MODELS.test(word.split("-")[0])) return false;
  if (trademark) return /\p{Lu}/u.test(word);
  const withDigit = /\d/.test(word) || Boolean(code);
  if (withDigit && /\p{Lu}/u.test(word) && !/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
  // "Nordhaven E40", "Actros 1845": a name and a code, but not a year ("Vision 2030").
  if (code && /^\p{Lu}\p{Ll}+$/u.test(word) && !/^(19|20)\d\d$/.test(code)) return true;
  const mixed = /^\p{Ll}{1,2}-?\p{Lu}/u.test(word) || /-\p{Lu}/u.test(word) || /^\p{Lu}{2,}-\p{Ll}/u.test(word);
  return mixed && (withDigit || /-/.test(word) || /^\p{Ll}\p{Lu}/u.test(word));
}

/** Model codes of a sentence: "TX-400H", "HyStack™ 200", "eLX 600", "VX-e 26", "K-Pack®"; its category ("Class 8") is none. */
function modelCodesIn(text: string): ProductPhrase[] {
  const codes: ProductPhrase[] = [];
  for (const match of text.matchAll(MODEL_CANDIDATE)) {
    const [whole, word, trademark, spacedCode, code] = match;
    if ((codes.at(-1)?.end ?? -1) > match.index || !looksLikeModel(word, Boolean(trademark), code)) continue;
    const name = `${word}${code ? ` ${code}` : ""}`;
    codes.push({ name, start: match.index, end: match.index + whole.length + (spacedCode?.length ?? 0), model: true });
  }
  return codes;
}

/** The product lines and model names of a sentence, in order; a vehicle noun phrase that runs on into another noun, or names a whole market segment, is left out. */
function productPhrasesIn(text: string): ProductPhrase[] {
  const phrases: ProductPhrase[] = [];
  for (const match of text.matchAll(PRODUCT_PHRASE)) {
    const after = text.slice(match.index + match[0].length);
    if (/^\s+(?!for|in|to|with|that|which|and|at|on|from|is|are|was|were|will|has|have|across|into|specifically|developed|built|made)[a-z]/.test(after))
      continue;
    if (/^(commercial|light commercial|new energy) vehicles?$/i.test(match[0])) continue;
    if (/\b(of|manufacture|make|makers? of)\s+(heavy, medium and |the )?$/i.test(text.slice(0, match.index))) continue;
    phrases.push({ name: match[0].replace(/^(new|the|a|an|two|three|several)\s+/i, ""), start: match.index, end: match.index + match[0].length, model: false });
  }
  const codes = modelCodesIn(text);
  const lines = phrases.filter((phrase) => !codes.some((code) => code.start < phrase.end && phrase.start < code.end));
  return [...lines, ...codes].sort((a, b) => a.start - b.start);
}

/** One product: who develops it, the market it is "for", and where it (or its maker) sells. */
function readProduct(scan: SentenceScan, phrase: ProductPhrase, maker: string): void {
  const { memory, text } = scan;
  const existing = memory.drafts
    .filter(isDraftOf("Vehicle"))
    .find((d) => d.name.toLowerCase() === phrase.name.toLowerCase() && (phrase.model || d.sentence === scan.sentence.index));
  const vehicle = existing ?? scan.draft("Vehicle", phrase.name, { kind: phrase.model ? "MODEL" : "PRODUCT_LINE" }, {}, 0.5);
  if (DEVELOPING_VERB.test(text)) scan.fact("DEVELOPS", maker, vehicle.ref, 0.6);
  const forMarket = text.slice(phrase.end).match(/^[^.;]*?\bfor (?:the )?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)(?: markets?)?\b/u);
  const target = forMarket
    ? targetMarkets(scan, new Set()).find((market) => market.name === forMarket[1] || DEMONYMS[forMarket[1].toLowerCase()] === market.name)
    : undefined;
  if (target) scan.fact("TARGETS_MARKET", vehicle.ref, target.ref, 0.55);
  if (/\b(sells?|sold|put into operation|exported|available)\b[^.;]*\b(in|to)\b/i.test(text)) {
    for (const { ref, mention } of scan.mentionsOf("Market"))
      if (mention.start > scan.sentence.start + phrase.end) scan.fact("SELLS_IN", vehicle.ref, ref, 0.5);
  }
  const sells = text.match(/\bsells?\b/);
  const soldIn = sells ? placeAfter(scan, (sells.index ?? 0) + sells[0].length, SELLS_PLACE_LEAD) : undefined;
  if (soldIn) scan.fact("SELLS_IN", maker, soldIn.ref, 0.6);
}

/**
 * Products: noun phrases ending in a vehicle noun ("pure electric trucks", "NEV products") and model
 * names ("NP6"), in a sentence that says they were developed, launched, shown or sold. A model named
 * again anywhere in the article is the same vehicle; a product line, only within its sentence.
 */
export function productsPattern(scan: SentenceScan): void {
  const maker = scan.actor;
  if (!PRODUCT_VERB.test(scan.text) || !maker) return;
  for (const phrase of productPhrasesIn(scan.text)) readProduct(scan, phrase, maker);
}
