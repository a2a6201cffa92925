import { latestDraft } from "../document-memory";
import type { DraftOf, EntityValue } from "../drafts";
import type { FoundDate } from "../find-dates";
import { FACILITY_KINDS } from "../lexicon";
import { facilityStatusOf } from "../status-of";
import { datesFrom, placeAfter, vehiclesOfSentence, type SentenceScan } from "./sentence-scan";

interface FacilityPhrase {
  match: RegExpExecArray;
  kind: EntityValue<"Facility", "kind">;
}

const CANDIDATE_WORDS = /\b(considered|candidates?|shortlist(ed)?|evaluat(ed|ing)|yet to be decided|weighing)\b/i;
/** What leads from a facility phrase to its place: "a plant in Jalisco", "its plant, located in Jalisco", "a site near the Gdansk port". */
const FACILITY_PLACE_LEAD = /\s*(?:,\s*)?(?:located\s+)?(?:in|at|near)\s+(?:the\s+)?/;
/**
 * The words that date a facility, right before its date: "in", "by", "from", "since", "starting"
 * and "until", optionally with "early", "late", "mid" or "the end of" ("in early 2026", "by the end of 2026").
 */
const DATING_LEAD =
  /\b(in|by|from|since|starting|until)\s+((early|late|mid-?)\s*|the\s+(end|start|beginning|middle|first half|second half|(first|second|third|fourth) quarter)\s+of\s+)?$/i;
/** A report of the news ("the company said on Thursday", "told Reuters in March") dates the report, not the facility. */
const REPORTING_LEAD = /\b(said|says|told|announced|reported|stated|added)\s+(\S+\s+){0,2}$/i;
const BARE_WEEKDAY = /^\D*\b(mon|tues|wednes|thurs|fri|satur|sun)day\b\D*$/i;

/** Every facility phrase of the sentence in order, leaving out one inside a longer one ("site" in "manufacturing site"). */
function facilityPhrasesIn(text: string): FacilityPhrase[] {
  const phrases = FACILITY_KINDS.flatMap(([pattern, kind]) => [...text.matchAll(new RegExp(pattern.source, "gi"))].map((match) => ({ match, kind })));
  const end = (match: RegExpExecArray) => match.index + match[0].length;
  return phrases
    .filter(
      ({ match }, index) =>
        !phrases.some(({ match: other }, j) => j !== index && other.index <= match.index && end(other) >= end(match) && other[0].length > match[0].length),
    )
    .sort((a, b) => a.match.index - b.match.index);
}

/**
 * The facility's own date: the first one after its phrase (and before the next facility phrase,
 * at `until`) that a dating preposition introduces ("in 2017", "by 2026", "from 2026"). A reporting
 * date ("the company said on Thursday") or a bare weekday is never the facility's; without such a
 * date the facility has none, rather than the sentence's first.
 */
function facilityDate(scan: SentenceScan, from: number, until: number): FoundDate | undefined {
  return datesFrom(scan, from).find((date) => {
    if (date.start >= until || BARE_WEEKDAY.test(date.text)) return false;
    const lead = scan.text.slice(0, date.start) + (date.text.match(/^([a-z-]+\s+)+/)?.[0] ?? "");
    return DATING_LEAD.test(lead) && !REPORTING_LEAD.test(lead);
  });
}

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5 };
/** An ordinal up to two words before a facility phrase: "its first plant", "a second Mexican factory", "its first Mexico plant". */
const ORDINAL_BEFORE = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A new facility with its status and date, run by the named company (or all of them, for a joint venture). */
function newFacility(scan: SentenceScan, { match, kind }: FacilityPhrase, until: number, owner: string): DraftOf<"Facility"> {
  const status = facilityStatusOf(scan.text);
  const date = facilityDate(scan, match.index + match[0].length, until);
  const dates = date ? { [status === "OPERATING" ? "openedOn" : "expectedOperational"]: { value: date.value, text: date.text } } : {};
  const ordinal = scan.text
    .slice(Math.max(0, match.index - 40), match.index)
    .match(ORDINAL_BEFORE)?.[1]
    .toLowerCase();
  const facility = scan.draft("Facility", match[0], { kind, status, ...(ordinal ? { ordinal: ORDINALS[ordinal] } : {}) }, dates, 0.6);
  const jointly = scan.companies.length > 1 && /\b(venture|jointly|together)\b/i.test(scan.text);
  scan.fact("OPERATES", jointly ? scan.companies[0] : owner, facility.ref, 0.7);
  if (jointly) for (const company of scan.companies.slice(1)) scan.fact("OPERATES", company, facility.ref, 0.6);
  return facility;
}

/** The place right after the phrase ("a plant in Jalisco"), even one the sentence also gives as a headquarters, or every place the sentence names when it says they are being considered. */
function facilityPlaces(scan: SentenceScan, facility: DraftOf<"Facility">, match: RegExpExecArray): void {
  const places = scan.mentionsOf("Market");
  const isParentOfAnother = (name: string) => places.some(({ mention }) => mention.place?.parent === name);
  const candidate = CANDIDATE_WORDS.test(scan.text);
  const here = placeAfter(scan, match.index + match[0].length, FACILITY_PLACE_LEAD);
  if (here && !candidate) {
    scan.fact("LOCATED_IN", facility.ref, here.ref, 0.65);
    return;
  }
  for (const { ref, mention } of places) {
    if (scan.excludedPlaces.has(ref) || isParentOfAnother(mention.place?.name ?? mention.text)) continue;
    if (candidate) scan.fact("CANDIDATE_LOCATION", facility.ref, ref, 0.6);
  }
}

/**
 * Facilities: every plant, factory, centre or site the sentence names, run by the company it names
 * (or the article's company), located at the place right after it; "being considered" makes the
 * places candidates. "The plant" or "the new factory" refers back to the latest facility.
 */
export function facilitiesPattern(scan: SentenceScan): void {
  const owner = scan.actor;
  if (!owner) return;
  const phrases = facilityPhrasesIn(scan.text);
  phrases.forEach((phrase, i) => {
    const { match } = phrase;
    const definite = /\b(the|this|that)\s+(new\s+|second\s+|planned\s+)?$/i.test(scan.text.slice(Math.max(0, match.index - 30), match.index));
    const previous = latestDraft(scan.memory, "Facility");
    const facility = definite && previous ? previous : newFacility(scan, phrase, phrases[i + 1]?.match.index ?? scan.text.length, owner);
    if (scan.facilities.has(facility)) return;
    scan.facilities.add(facility);
    facilityPlaces(scan, facility, match);
  });
}

/** A making verb, then what is made, then where: "builds the eV5 at its plant", "are built at the new factory". */
const MADE_AT =
  /\b(?:builds?|built|building|assembles?|assembled|assembling|makes?|made|making|produces?|produced|producing|manufactures?|manufactured|manufacturing)\b(?<made>[^.;]*?)\b(?:at|in)\s+(?:its|the|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * What a facility makes, after the products pattern: the products the sentence names between a
 * making verb and the facility ("builds the eV5 and eV7 at its plant in Puebla"), else, for a
 * product it only refers to ("will build the truck at its plant", "are built at the new plant"),
 * the latest product of the article that the facility's operator develops. Of the products named,
 * those the operator develops, when there are any: a supplier's part "for the T9e" is not the T9e.
 */
export function facilityProductsPattern(scan: SentenceScan): void {
  for (const facility of scan.facilities) {
    const at = scan.text.search(new RegExp(`\\b${facility.name.split(" ").at(-1)}\\b`, "i"));
    const made = at > 0 ? scan.text.slice(0, at).match(MADE_AT) : null;
    if (!made?.groups || made.index === undefined) continue;
    const from = made.index;
    const operators = new Set(scan.memory.facts.filter((fact) => fact.type === "OPERATES" && fact.to === facility.ref).map((fact) => fact.from));
    const ownProduct = (vehicle: DraftOf<"Vehicle">) =>
      scan.memory.facts.some((fact) => fact.type === "DEVELOPS" && fact.to === vehicle.ref && operators.has(fact.from));
    const between = vehiclesOfSentence(scan).filter((vehicle) => {
      const where = scan.text.indexOf(vehicle.name, from);
      return where >= from && where < at;
    });
    const own = between.filter(ownProduct);
    const latest = latestDraft(scan.memory, "Vehicle", ownProduct);
    const products = between.length ? (own.length ? own : between) : latest && /\b(?:the|these|those|it|them|this)\b/i.test(made.groups.made) ? [latest] : [];
    for (const product of products) scan.fact("PRODUCES", facility.ref, product.ref, 0.55);
  }
}
