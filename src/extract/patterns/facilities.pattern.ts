import { latestDraft } from "../document-memory";
import type { DraftOf, EntityValue } from "../drafts";
import { FACILITY_KINDS } from "../lexicon";
import { facilityStatusOf } from "../status-of";
import type { SentenceScan } from "./sentence-scan";

interface FacilityPhrase {
  match: RegExpExecArray;
  kind: EntityValue<"Facility", "kind">;
}

const CANDIDATE_WORDS = /\b(considered|candidates?|shortlist(ed)?|evaluat(ed|ing)|yet to be decided|weighing)\b/i;
const PLACE_AFTER = /^\s*(?:,\s*)?(?:located\s+)?(?:in|at|near)\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/u;

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

/** A new facility, dated by the date after its phrase, run by the named company (or all of them, for a joint venture). */
function newFacility(scan: SentenceScan, { match, kind }: FacilityPhrase, owner: string): DraftOf<"Facility"> {
  const status = facilityStatusOf(scan.text);
  const facility = scan.draft("Facility", match[0], { kind, status }, {}, 0.6);
  const date = scan.dates.find((found) => found.start > match.index) ?? scan.dates[0];
  if (date) facility.dates[status === "OPERATING" ? "openedOn" : "expectedOperational"] = { value: date.value, text: date.text };
  const jointly = scan.companies.length > 1 && /\b(venture|jointly|together)\b/i.test(scan.text);
  scan.fact("OPERATES", jointly ? scan.companies[0] : owner, facility.ref, 0.7);
  if (jointly) for (const company of scan.companies.slice(1)) scan.fact("OPERATES", company, facility.ref, 0.6);
  return facility;
}

/** The place right after the phrase ("a plant in Jalisco"), or every place the sentence names when it says they are being considered. */
function facilityPlaces(scan: SentenceScan, facility: DraftOf<"Facility">, match: RegExpExecArray): void {
  const places = scan.mentionsOf("Market");
  const isParentOfAnother = (name: string) => places.some(({ mention }) => mention.place?.parent === name);
  const candidate = CANDIDATE_WORDS.test(scan.text);
  const here = scan.text.slice(match.index + match[0].length).match(PLACE_AFTER);
  for (const { ref, mention } of places) {
    if (scan.homePlaces.has(ref) || isParentOfAnother(mention.place?.name ?? mention.text)) continue;
    if (candidate) scan.fact("CANDIDATE_LOCATION", facility.ref, ref, 0.6);
    else if (here && (here[1] === mention.text || here[1].startsWith(mention.text))) scan.fact("LOCATED_IN", facility.ref, ref, 0.65);
  }
}

/** "The trucks are built at its new plant": the latest product is made there. */
function productsBuiltAt(scan: SentenceScan, facility: DraftOf<"Facility">, match: RegExpExecArray): void {
  const lead = scan.text.slice(0, match.index).replace(/(its|the|their|a)\s+(\w+\s+)?$/i, "");
  if (!/\b(built|produced|made|assembled|manufactured)\s+at\s+$/i.test(lead)) return;
  const product = latestDraft(scan.memory, "Vehicle");
  if (product) scan.fact("PRODUCES", facility.ref, product.ref, 0.5);
}

/**
 * Facilities: every plant, factory, centre or site the sentence names, run by the company it names
 * (or the article's company), located at the place right after it; "being considered" makes the
 * places candidates. "The plant" or "the new factory" refers back to the latest facility.
 */
export function facilitiesPattern(scan: SentenceScan): void {
  const owner = scan.companies[0] ?? scan.subject ?? scan.memory.focusCompany();
  if (!owner) return;
  for (const phrase of facilityPhrasesIn(scan.text)) {
    const { match } = phrase;
    const definite = /\b(the|this|that)\s+(new\s+|second\s+|planned\s+)?$/i.test(scan.text.slice(Math.max(0, match.index - 30), match.index));
    const previous = latestDraft(scan.memory, "Facility");
    const facility = definite && previous ? previous : newFacility(scan, phrase, owner);
    if (scan.facilities.has(facility)) continue;
    scan.facilities.add(facility);
    facilityPlaces(scan, facility, match);
    productsBuiltAt(scan, facility, match);
  }
}
