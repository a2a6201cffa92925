import type { EntityValue } from "../drafts";
import { isDraftOf } from "../document-memory";
import { CURRENCY_CODES, FACILITY_KINDS } from "../lexicon";
import { vehiclesOfSentence, type MentionRef, type SentenceScan } from "./sentence-scan";

/** Nouns a count counts. */
const COUNT_NOUNS =
  "units|vehicles|trucks|lorries|tractors|trailers|vans|buses|coaches|cars|chargers|packs|cells|modules|axles|stacks|battery systems|locomotives|shunters|trains|vessels|stations|terminals|heat pumps";
/**
 * What a count counts, after up to three words ("150 eLX 600 tractors", "40 megawatt chargers"), also
 * of a named owner ("30 of Auerbach's AL-Volt 90 shunters", "5,000 of the trucks"), or a model's
 * plural ("60 T-44s", "500 eBX-40s", "20 AL-Volt 90s").
 */
const COUNTED = `(?:of\\s+(?:the|its|their|our|\\p{Lu}[\\p{L}-]*['’]s)\\s+)?(?:[\\p{L}\\p{N}™®-]+\\s+){0,3}?(?:${COUNT_NOUNS})\\b|(?=[\\p{L}\\p{N}-]*\\p{Lu})\\p{L}[\\p{L}\\p{N}-]*\\d[\\p{L}\\p{N}-]*s\\b|\\p{Lu}[\\p{L}-]*\\s\\d+s\\b`;
/** Currency signs and ISO codes written before an amount ("$", "£45m", "R$ 600 million", "NOK 900 million", "EUR 45m"). */
const CURRENCY = `US\\$|R\\$|\\$|€|£|¥|RMB|(?:${[...CURRENCY_CODES].join("|")})(?=\\s?\\d)`;
/** A name that is an amount read as a model code ("NOK 900"). */
const CURRENCY_NAME = new RegExp(`^(?:${[...CURRENCY_CODES].join("|")})\\s?\\d`, "i");
/** Money, counts with a unit, and percentages, with the hedge word before them. */
const FIGURE = new RegExp(
  `(?:(more than|over|about|nearly|almost|up to|at least|around|some|another)\\s+)?(${CURRENCY})?\\s?(?<![\\p{L}\\p{N}-])(\\d+(?:[,.]\\d+)*)\\s?(k|billion|million|thousand|bn|m)?\\b\\s*(${COUNTED}|%|percent|countries(?: and regions)?|(?:consecutive )?years|employees|people|workers|staff|jobs|GWh|MWh|euros|(?:US )?dollars|yuan|won|yen|(?:Swiss )?francs|pounds)?`,
  "giu",
);
/** A share written as a fraction: "a quarter of its output", "half of its sales", "two-thirds of". */
const FRACTION = /(?<!\b(?:first|second|other)\s)\b(a quarter|a third|half|a fifth|a tenth|two[- ]thirds|three[- ]quarters)\s+of\b/giu;
const FRACTION_PERCENT: Readonly<Record<string, number>> = {
  "a quarter": 25,
  "a third": 33,
  half: 50,
  "a fifth": 20,
  "a tenth": 10,
  "two thirds": 67,
  "three quarters": 75,
};
/** Words that make a figure the cost, value or capacity of what the sentence is about. */
const WORTH_WORDS = /\b(cost\w*|invest\w*|spend\w*|spent|worth|capacity|output|expand\w*)\b/i;
/** Words that make a figure after a facility phrase that facility's: "a second plant in Grenoble, which should ... employ about 800 people". */
const FACILITY_FIGURE_WORDS = /\b(employ\w*|jobs|turns? out|produc\w+|make|makes|capacity|output)\b/i;
/** Words of selling, after which "in <place>" is where the figure is sold. */
const SELL_WORDS = /\b(sell\w*|sold|sales|export\w*)\b/i;
/** A company the sentence refers to rather than names, before any name: "The carrier has ordered", "Today the Polish firm employs". */
const REFERENCE_SUBJECT =
  /\b(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:company|firm|group|carrier|operator|maker|manufacturer|supplier|haulier|builder|venture|automaker|carmaker)|(?:his|her|their) company)\b|^\W*(?:it|we|our)\b/iu;

/** A share price's move, which is no figure of the company: "Shares in X closed 3.1 percent higher". */
const SHARE_PRICE = /\bshares?\b.*\b(?:closed|rose|fell|gained|lost|jumped|dropped|slipped)\b/i;

/** A subject that refers to a company and then names it: "The venture, to be called SwapHaul, plans 40 stations". */
const NAMING_APPOSITION = /^\W*the (?:[\p{L}-]+\s+){0,2}(?:venture|company|firm|group|unit|subsidiary|arm),\s+(?:(?:to be |now )?(?:called|named)\s+)?$/iu;
/** A date with a year, a month or a day in it, not a bare hour that chrono reads in "put at 18 million". */
const isCalendarDate = (text: string) => /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|\d{1,2}[/.]\d{1,2}/i.test(text);

/** How a hedge word bounds the stated number. */
const BOUND_BY_HEDGE: Readonly<Record<string, EntityValue<"Figure", "bound">>> = {
  "more than": "MORE_THAN",
  over: "MORE_THAN",
  "at least": "AT_LEAST",
  about: "ABOUT",
  around: "ABOUT",
  some: "ABOUT",
  nearly: "NEARLY",
  almost: "NEARLY",
  "up to": "UP_TO",
};

const MULTIPLIER: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { US$: "USD", $: "USD", R$: "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", RMB: "CNY" };

/** The unit a figure is in: a currency as its code ("USD"), else the counted noun. */
const unitOf = (currency: string | undefined, unit: string | undefined) =>
  currency ? (CURRENCY_SIGNS[currency.trim()] ?? currency.trim().toUpperCase()) : (unit ?? "").toLowerCase();

/** A figure found in the sentence, before it is drafted: where it stands, what it says and whether it is money. */
interface FoundFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  money: boolean;
  bound?: EntityValue<"Figure", "bound">;
}

/** Where the sentence first names a facility ("plant", "factory", "hub"), or -1. */
const facilityWordAt = (text: string) => Math.min(...FACILITY_KINDS.map(([pattern]) => text.search(pattern)).filter((at) => at >= 0), Infinity);
/** A facility noun at the start of a text, after a few words: "factory making", "from its factory in Ohio", "at the site". */
const startsWithFacility = (text: string, lead: RegExp, words = 3) => {
  const phrase = lead.exec(text);
  return phrase !== null && FACILITY_KINDS.some(([pattern]) => pattern.test(text.slice(phrase[0].length).split(/\s+/).slice(0, words).join(" ")));
};
const FACILITY_AFTER = /^(?:\s+(?:a|per|each)\s+(?:year|month|week))?\s+(?:from|at)\s+(?:its|a|an|the|their)\s+/i;

/**
 * True when a figure is its sentence's facility's: money in a sentence about a cost, investment or
 * expansion, or written right before the facility ("a £45m factory"); a capacity stated in the
 * figure's own clause; a count made "from its factory" or "at the site"; or jobs and output stated
 * after the facility's phrase ("a second plant in Grenoble, which should employ about 800 people").
 */
function isFacilityFigure(scan: SentenceScan, figure: FoundFigure): boolean {
  const before = scan.text.slice(0, figure.start);
  const after = scan.text.slice(figure.end);
  if (figure.money && (WORTH_WORDS.test(scan.text) || startsWithFacility(after, /^\s*/, 1))) return true;
  if (WORTH_WORDS.test(before.split(/[,;]|\band\b/).at(-1) ?? "") || startsWithFacility(after, FACILITY_AFTER)) return true;
  const facilityAt = facilityWordAt(scan.text);
  return facilityAt < figure.start && FACILITY_FIGURE_WORDS.test(scan.text.slice(facilityAt));
}

/** The sentence's company mentions, without a currency code read as a company ("PLN 410 million"). */
const namedCompanies = (scan: SentenceScan, figures: FoundFigure[]): MentionRef[] =>
  scan
    .mentionsOf("Company")
    .filter(({ mention }) => !figures.some((figure) => scan.local(mention.start) >= figure.start && scan.local(mention.start) < figure.end));

/**
 * Who a figure is about: nobody when an agreement covers it ("It covers up to 1,200 packs"); the
 * company named right after a stake ("49 percent by Lekstroom"); the sentence's facility when the
 * figure is the facility's (see `isFacilityFigure`); the company a reference in the subject points to
 * ("The carrier has ordered 400 tractors from X", "Today the Polish firm employs 640 people"); else
 * the first company the sentence names, or the one it refers to.
 */
function ownerOf(scan: SentenceScan, figure: FoundFigure, companies: MentionRef[]): { ref: string | null } | null {
  const before = scan.text.slice(0, figure.start);
  if (/\bcovers?\s+(?:up to\s+)?$/i.test(before)) return { ref: null };
  const ref = ownerRef(scan, figure, companies);
  return ref ? { ref } : null;
}

/** The company or facility a figure no agreement covers is about; see `ownerOf`. */
function ownerRef(scan: SentenceScan, figure: FoundFigure, companies: MentionRef[]): string | null {
  const byAt = /^\s+by\s+/i.exec(scan.text.slice(figure.end));
  const holder = byAt && companies.find(({ mention }) => scan.local(mention.start) === figure.end + byAt[0].length);
  if (holder) return holder.ref;
  const facility = [...scan.facilities].at(-1);
  if (facility && isFacilityFigure(scan, figure)) return facility.ref;
  const earlierFacility = facility ? null : referredFacility(scan);
  if (earlierFacility) return earlierFacility;
  const possessor = possessorOf(scan, figure, companies);
  if (possessor) return possessor;
  const firstNamed = companies[0] ? scan.local(companies[0].mention.start) : scan.text.length;
  if (NAMING_APPOSITION.test(scan.text.slice(0, firstNamed))) return companies[0].ref;
  if (REFERENCE_SUBJECT.test(scan.text.slice(0, Math.min(firstNamed, figure.start))) && scan.referred) return scan.referred;
  return companies[0]?.ref ?? (scan.companies.length ? scan.referred : scan.actor);
}

/** A sentence that refers back to a facility: "It will cost about EUR 48m", "its output there", "put £8m towards the project". */
const FACILITY_REFERENCE =
  /^\W*(?:it|the (?:plant|factory|site|project|facility|works))\b|\b(?:output|production) there\b|\btowards? (?:the|its) (?:project|plant|factory|site|facility)\b/i;

/**
 * The facility a sentence naming none refers back to: "the project" is the first one the article
 * named; the output "there" is at the latest one; a sentence starting "It" right after the sentence
 * that named a facility, and about a cost or investment, is about that facility.
 */
function referredFacility(scan: SentenceScan): string | null {
  if (!FACILITY_REFERENCE.test(scan.text)) return null;
  const earlier = scan.memory.drafts.filter(isDraftOf("Facility")).filter((draft) => draft.sentence < scan.sentence.index);
  if (/\bthe project\b/i.test(scan.text)) return earlier[0]?.ref ?? null;
  const latest = earlier.at(-1);
  if (!latest || (/^\W*it\b/i.test(scan.text) && (latest.sentence !== scan.sentence.index - 1 || !WORTH_WORDS.test(scan.text)))) return null;
  return latest.ref;
}

/** The company whose figure a possessive gives: "Rijnvaart's 14 vessels"; "the operator's 14 vessels" is the last company named before it. */
function possessorOf(scan: SentenceScan, figure: FoundFigure, companies: MentionRef[]): string | null {
  const before = scan.text.slice(0, figure.start);
  const named = companies.filter(({ mention }) => scan.local(mention.end) <= figure.start);
  const own = named.find(({ mention }) => /^['’]s\s+$/.test(before.slice(scan.local(mention.end))));
  if (own) return own.ref;
  return /\bthe [\p{L}-]+['’]s\s+$/iu.test(before) ? (named.at(-1)?.ref ?? null) : null;
}

/** True when the number at `offset` is part of a product's name ("VX-e 26", "cells in the 4680 format"), not a figure. */
function inVehicleName(scan: SentenceScan, offset: number): boolean {
  const lower = scan.text.toLowerCase();
  return vehiclesOfSentence(scan).some((vehicle) => {
    if (CURRENCY_NAME.test(vehicle.name)) return false;
    const name = vehicle.name.toLowerCase();
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) if (offset >= at && offset < at + name.length) return true;
    return false;
  });
}

/** What introduces the model a count is for, right after the count: "for its Caledon E double-decker", ", the ML-Hybrid 700". */
const VEHICLE_AFTER = /^(?:\s+(?:a|per|each)\s+(?:year|month|week)|\s+over\s+\w+\s+years)?(?:\s+for\s+(?:its|the|their)\s+|,\s+the\s+)/i;

/**
 * The models a count is of: those whose name is in the count ("150 eLX 600 tractors", "another 60
 * T-44s", a model the article named before), else the one named right after it ("4,000 packs for
 * its Caledon E double-decker", "12 shunting locomotives, the ML-Hybrid 700").
 */
function vehiclesCounted(scan: SentenceScan, figure: FoundFigure) {
  const vehicles = scan.memory.drafts
    .filter(isDraftOf("Vehicle"))
    .filter((vehicle) => vehicle.sentence <= scan.sentence.index && !CURRENCY_NAME.test(vehicle.name));
  const named = (text: string) => vehicles.filter((vehicle) => text.toLowerCase().includes(vehicle.name.toLowerCase()));
  const inFigure = named(figure.text).filter((vehicle) => /[\p{Lu}\d]/u.test(vehicle.name));
  if (inFigure.length) return inFigure.slice(0, 1);
  const lead = VEHICLE_AFTER.exec(scan.text.slice(figure.end));
  if (!lead) return [];
  const after = scan.text.slice(figure.end + lead[0].length);
  const unbranded = after.replace(/^\p{Lu}[\p{L}-]*\s+(?=\p{Lu})/u, "");
  const startsWithName = (text: string, name: string) => text.toLowerCase().startsWith(name.toLowerCase());
  return vehicles.filter((vehicle) => startsWithName(after, vehicle.name) || startsWithName(unbranded, vehicle.name)).slice(0, 1);
}

/**
 * The markets a figure is of: for a figure sold somewhere, the places named right after it ("sell
 * 50,000 units a year in the United States and Canada"); for a share, a place that takes it ("Norway
 * already takes a quarter of our output"). A place a plant stands in or a fleet runs from is none.
 */
function marketsOf(scan: SentenceScan, figure: FoundFigure): MentionRef[] {
  const markets = scan.mentionsOf("Market").map((market) => ({ market, start: scan.local(market.mention.start), end: scan.local(market.mention.end) }));
  const taker = markets.find(({ end }) => /^\s+(?:already\s+|now\s+)?(?:takes|took|buys|bought|accounts? for)\s+$/i.test(scan.text.slice(end, figure.start)));
  if (taker) return [taker.market];
  if (!SELL_WORDS.test(scan.text)) return [];
  const lead = /^(?:\s+(?:a|per|each)\s+(?:year|month|week))?\s+(?:in|to|across)\s+(?:the\s+)?/i.exec(scan.text.slice(figure.end));
  if (!lead) return [];
  const found: MentionRef[] = [];
  let at = figure.end + lead[0].length;
  for (let next = markets.find(({ start }) => start === at); next; next = markets.find(({ start }) => start === at)) {
    found.push(next.market);
    const joint = /^(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?/.exec(scan.text.slice(next.end));
    if (!joint) break;
    at = next.end + joint[0].length;
  }
  return found;
}

/** The figures the sentence states as a number: money, counts with a unit and percentages, not in a date, a model's name or a currency conversion. */
function numberFigures(scan: SentenceScan): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const match of scan.text.matchAll(FIGURE)) {
    const [whole, hedge, currency, number, scale, unit] = match;
    if ((!currency && !unit) || (!currency && !hedge && /(?<!^|[.!?"“]\s*)\b\p{Lu}[\p{L}-]*\s$/u.test(scan.text.slice(0, match.index + whole.search(/\d/)))))
      continue;
    const numberAt = match.index + whole.search(/\d/);
    if (scan.dates.some((date) => isCalendarDate(date.text) && numberAt >= date.start && numberAt < date.end) || inVehicleName(scan, numberAt)) continue;
    const value = Number(number.replace(/,/g, "").replace(/\.$/, "")) * (MULTIPLIER[(scale ?? "").toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    const money = Boolean(currency) || /dollars|euros|yuan|won|yen|francs|pounds/i.test(unit ?? "");
    const text = (currency && unit ? whole.slice(0, whole.lastIndexOf(unit)) : whole).trim();
    const start = match.index + whole.indexOf(text);
    const previous = found.at(-1);
    if (previous?.money && money && /^,\s*(?:about|some|around|roughly|or)?\s*$/i.test(scan.text.slice(previous.end, start))) continue;
    if (previous?.money && money && /^\s*(?:to|-|–)\s*$/.test(scan.text.slice(previous.end, start))) {
      previous.bound = "AT_LEAST";
      continue;
    }
    const bound = hedge ? BOUND_BY_HEDGE[hedge.toLowerCase()] : undefined;
    found.push({ start, end: start + text.length, text, value, unit: unitOf(currency, currency ? undefined : unit), money, ...(bound ? { bound } : {}) });
  }
  return found;
}

/** The shares the sentence states as a fraction ("a quarter of its output"), as percentages. */
const fractionFigures = (scan: SentenceScan): FoundFigure[] =>
  [...scan.text.matchAll(FRACTION)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    value: FRACTION_PERCENT[match[1].toLowerCase().replace("-", " ")],
    unit: "percent",
    money: false,
  }));

/** True for a headline: the article's first line, with no full stop. */
const isHeadline = (scan: SentenceScan) => scan.sentence.start === 0 && !/[.!?]["”’]?$/.test(scan.text.trim());

/**
 * Stated figures: money in any currency form, counts with a unit, percentages and fractions, each
 * about the thing the sentence is about: a plant's investment, jobs or output belong to the plant, a
 * quantity an agreement covers to nobody, a stake to its holder, any other figure to the company the
 * sentence's subject names or refers to. "More than", "about" and the like become the figure's bound;
 * a count of a named model applies to that model, a figure sold somewhere to the places it is sold in.
 */
export function figuresPattern(scan: SentenceScan): void {
  if (isHeadline(scan) || SHARE_PRICE.test(scan.text)) return;
  const figures = [...numberFigures(scan), ...fractionFigures(scan)].sort((a, b) => a.start - b.start);
  const companies = namedCompanies(scan, figures);
  for (const found of figures) {
    const owner = ownerOf(scan, found, companies);
    if (!owner) continue;
    const figure = scan.draft("Figure", found.text, { value: found.value, unit: found.unit, ...(found.bound ? { bound: found.bound } : {}) }, {}, 0.6);
    if (owner.ref) scan.fact("HAS_FIGURE", owner.ref, figure.ref, 0.6);
    const vehicles = vehiclesCounted(scan, found);
    for (const vehicle of vehicles) scan.fact("APPLIES_TO", figure.ref, vehicle.ref, 0.55);
    if (!vehicles.length) for (const market of marketsOf(scan, found)) scan.fact("APPLIES_TO", figure.ref, market.ref, 0.5);
  }
}
