import { isDraftOf } from "../document-memory";
import type { EntityValue } from "../drafts";
import { CURRENCY_CODES, DEMONYMS, VEHICLE_NOUNS } from "../lexicon";
import { targetMarkets, type SentenceScan } from "./sentence-scan";

interface ProductPhrase {
  name: string;
  start: number;
  end: number;
  /** A model name ("NP6") rather than a product line ("pure electric trucks"). */
  model: boolean;
}

/** A product noun phrase: up to four modifiers (lower-case adjectives or capitalised names such as NEV) and a vehicle noun. */
const PRODUCT_PHRASE = new RegExp(
  `\\b(?:(?:[Nn]ew|[Aa]ll-electric|[Ee]lectric|[Pp]ure electric|[Bb]attery-electric|[Hh]ydrogen|[Ll]ight|[Mm]edium|[Hh]eavy|[Cc]ommercial|[Pp]anel|[Ff]uel[- ]cell|[Ee]nergy|[Cc]ity|[Mm]ini|[A-Z]{2,5}|(?!(?:The|These|Those|This|That|Its|Their|Our|Both|All|Each|A|An)\\s)[A-Z][a-z]+)\\s+){1,4}${VEHICLE_NOUNS.source.slice(2, -2)}\\b`,
  "g",
);
const PRODUCT_VERB =
  /\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|builds|building|built|design|designed|sells?|sold|introduce[sd]?|debut(ed)?|showcased?|showed|brought|exported|received|certified|offers?|rolled out|suppl(?:y|ies)|supplier|fits?|fitted|fitting|assembles?|assembled|ordered|orders?|uses?|powered|shares|licen[sc]es?|licensed|makes?|runs?)\b/i;
/** The start of a list of weight classes ending just before a product phrase: "light, medium and ", "light- and ". */
const WEIGHT_CLASS_LIST = /\b(?:light|medium|heavy)(?:-duty)?-?,?\s+(?:(?:light|medium|heavy)(?:-duty)?-?,?\s+)*(?:and|or)\s+$/i;
const DEVELOPING_VERB =
  /\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|builds|building|design|designed|mastered|debuted|brought|makes|manufactures|manufactured)\b/i;

/** A word that may name a model, with a trademark sign and a number after it: "TX-400H", "HyStack™ 200", "K-HAUL E8", "e-City 12". */
const MODEL_CANDIDATE = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)([™®])?(?=( (\p{L}{0,3}\d{1,4}\p{L}?)(?![\p{L}\p{N}]))?)/gu;
/** Words with digits that are categories or standards, not models: "Class 8", "Euro 6", "COVID-19". */
const NOT_MODELS =
  /^(class|euro|stage|tier|level|phase|covid|q[1-4]|h[12]|fy\d*|co2|no2|pm2|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\w+day|article|chapter|line|terminal|gate|hall|section|scope|group|top|the|since|by|in|from|until|plant|building|block|route|road|highway|lot|round|series|version|generation|gen|number|no|unit|page|figure|table|step|week|day|year|grade)$/i;

/** True when a word is shaped like a model code: a digit with a capital, a trademark, a capital after a hyphen or after lower case ("eLX", "K-Pack", "ERGO-e"). */
function looksLikeModel(word: string, trademark: boolean, code: string | undefined): boolean {
  if (NOT_MODELS.test(word) || NOT_MODELS.test(word.split("-")[0]) || CURRENCY_CODES.has(word)) return false;
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
    // "60 T-44s": the plural of the model.
    const name = `${word.replace(/(\d)s$/, "$1")}${code ? ` ${code}` : ""}`;
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
    // "light, medium and heavy trucks": weight classes listed together name market segments, not a product.
    if (WEIGHT_CLASS_LIST.test(text.slice(0, match.index))) continue;
    phrases.push({ name: match[0].replace(/^(new|the|a|an|two|three|several)\s+/i, ""), start: match.index, end: match.index + match[0].length, model: false });
  }
  for (const match of text.matchAll(BATTERY_PHRASE)) phrases.push({ name: match[0], start: match.index, end: match.index + match[0].length, model: false });
  const codes = modelCodesIn(text);
  const lines = phrases.filter((phrase) => !codes.some((code) => (code.start < phrase.end && phrase.start < code.end) || describesModel(text, phrase, code)));
  // "cells in the 4680 format for city buses": what a product is for is no product of the sentence.
  const products = [...lines, ...codes].sort((a, b) => a.start - b.start);
  return products.filter((phrase, i) => phrase.model || i === 0 || !/\bfor\s+(?:the\s+|its\s+)?$/i.test(text.slice(0, phrase.start)));
}

/** Battery and fuel-cell products by chemistry or cell format: "LFP cells in the 4680 format", "4680 cells", "NMC modules", "fuel-cell stacks". */
const BATTERY_PHRASE =
  /\b(?:(?:LFP|NMC|LMFP|NCA|LTO|[Ss]odium-ion|[Ss]olid-state|[Pp]rismatic|[Cc]ylindrical|[Pp]ouch)\s+(?:battery\s+)?(?:cells?|modules?|packs?)(?:\s+in\s+the\s+\d{4,5}\s+format)?|\d{4,5}\s+(?:LFP\s+|NMC\s+)?cells|[Ff]uel[- ]cell\s+(?:stacks?|modules?|systems?))\b/g;

/** Between a model and a product line in apposition: "its Class 8 truck, the K-HAUL E8", "the T9e, a Class 8 tractor". */
const APPOSITION = /^,\s+(?:the|an?|its)\s+(?:Class\s+\d+\s+)?$/i;

/** True when a product-line phrase only says what a model next to it is ("the T9e, a Class 8 battery-electric tractor"): the model is the product. */
function describesModel(text: string, line: ProductPhrase, code: ProductPhrase): boolean {
  const between = code.start >= line.end ? text.slice(line.end, code.start) : text.slice(code.end, line.start);
  if (code.start >= line.end) return APPOSITION.test(between) || /^,\s+$/.test(between);
  return APPOSITION.test(between) || /^\s+$/.test(between);
}

/** "built on Velmar's MX7 platform": a platform, and the sentence's other products are based on it. */
const PLATFORM_AFTER = /^\s+platforms?\b/i;
const BUILT_ON = /\b(?:built|based|developed|sits?|rides?)\s+on\s+(?:the\s+|its\s+|their\s+|[\p{Lu}][\p{L}\p{N}-]*['’]s\s+)?$/u;

/** The kind of product a phrase names: a platform when "platform" follows its code, a model, or a product line. */
const kindOf = (text: string, phrase: ProductPhrase): EntityValue<"Vehicle", "kind"> =>
  phrase.model ? (PLATFORM_AFTER.test(text.slice(phrase.end)) ? "PLATFORM" : "MODEL") : /\bplatforms?$/i.test(phrase.name) ? "PLATFORM" : "PRODUCT_LINE";

/** Products of the sentence built on a platform it names ("T-44 tractors, built on Velmar's MX7 platform"). */
function readPlatforms(scan: SentenceScan, drafted: Map<ProductPhrase, string>): void {
  for (const [platform, platformRef] of drafted) {
    if (kindOf(scan.text, platform) !== "PLATFORM" || !BUILT_ON.test(scan.text.slice(0, platform.start))) continue;
    for (const [phrase, ref] of drafted) if (phrase.end <= platform.start && ref !== platformRef) scan.fact("BASED_ON", ref, platformRef, 0.55);
  }
}

/** The verb of a relative clause whose subject makes the product before it: "(the stack that Hyvolta) makes". */
const MAKES_AFTER =
  /^\s+(?:also\s+)?(?:makes|made|builds|built|produces|produced|develops|developed|designs|designed|assembles|assembled|manufactures|manufactured)\b/i;

/**
 * Whose product a phrase names, by the words next to it: a company right before it or possessing it
 * ("Velmar T-44 tractors", "HELIOS's HyStack™ 200"), the sentence's actor for "its" ("supply its
 * HX-220 axle"), or the company it comes "from" ("fuel-cell trucks from Hyvolta").
 */
function ownerOf(scan: SentenceScan, phrase: ProductPhrase): string | undefined {
  const companies = scan.mentionsOf("Company");
  const before = scan.text.slice(0, phrase.start);
  // "Velmar T-44 tractors", "HELIOS's HyStack 200", and the customer a part is "for": "to truck maker Dellmark for the T9e".
  const named = companies.find(({ mention }) => /^(?:['’]s)?\s+(?:for\s+)?(?:the\s+)?$/.test(before.slice(scan.local(mention.end))));
  if (named) return named.ref;
  if (/\b(?:its|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(before)) return scan.actor ?? undefined;
  if (/\bour\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(before)) return scan.memory.firstCompany() ?? undefined;
  const after = scan.text.slice(phrase.end);
  const from = after.match(/^\s+from\s+/);
  if (from) return companies.find(({ mention }) => scan.local(mention.start) === phrase.end + from[0].length)?.ref;
  // "the HydraCore 120 stack that Hyvolta makes": the company of a relative clause that makes it.
  const maker = after.match(/^(?:\s+[\p{Ll}-]+){0,2}\s+(?:that|which)\s+/u);
  const makerRef = maker && companies.find(({ mention }) => scan.local(mention.start) === phrase.end + maker[0].length);
  return makerRef && MAKES_AFTER.test(scan.text.slice(scan.local(makerRef.mention.end))) ? makerRef.ref : undefined;
}

/** One product: who develops it and the market it is "for" (where it sells is the sales pattern's). */
function readProduct(scan: SentenceScan, phrase: ProductPhrase, maker: string): string {
  const { memory, text } = scan;
  const existing = memory.drafts
    .filter(isDraftOf("Vehicle"))
    .find((d) => d.name.toLowerCase() === phrase.name.toLowerCase() && (phrase.model || d.sentence === scan.sentence.index));
  const vehicle = existing ?? scan.draft("Vehicle", phrase.name, { kind: kindOf(text, phrase) }, {}, 0.5);
  const owner = ownerOf(scan, phrase);
  if (owner) scan.fact("DEVELOPS", owner, vehicle.ref, 0.55);
  else if (DEVELOPING_VERB.test(text)) scan.fact("DEVELOPS", maker, vehicle.ref, 0.6);
  const forMarket = text.slice(phrase.end).match(/^[^.;]*?\bfor (?:the )?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)(?: markets?)?\b/u);
  const target = forMarket
    ? targetMarkets(scan, new Set()).find((market) => market.name === forMarket[1] || DEMONYMS[forMarket[1].toLowerCase()] === market.name)
    : undefined;
  if (target) scan.fact("TARGETS_MARKET", vehicle.ref, target.ref, 0.55);
  return vehicle.ref;
}

/**
 * Products: noun phrases ending in a vehicle noun ("pure electric trucks", "NEV products") and model
 * names ("NP6"), in a sentence that says they were developed, launched, shown or sold. A model named
 * again anywhere in the article is the same vehicle; a product line, only within its sentence.
 */
export function productsPattern(scan: SentenceScan): void {
  const maker = scan.actor;
  if (!maker) return;
  const names = [...scan.mentionsOf("Company"), ...scan.mentionsOf("Person"), ...scan.mentionsOf("Market")].map(({ mention }) => mention);
  const verb = PRODUCT_VERB.test(scan.text);
  // A code that is a company's name ("Kargo9") is no model; without a product verb, only a model its maker names is ("the Kestova E-Liner 13 coach").
  const phrases = productPhrasesIn(scan.text).filter(
    (phrase) =>
      (!phrase.model || !names.some((name) => scan.local(name.start) <= phrase.start && phrase.end <= scan.local(name.end))) &&
      (verb || (phrase.model && ownerOf(scan, phrase) !== undefined)),
  );
  const drafted = new Map(phrases.map((phrase): [ProductPhrase, string] => [phrase, readProduct(scan, phrase, maker)]));
  readPlatforms(scan, drafted);
}
