import type { FactRelationshipType } from "../../model/graph-model";
import type { EntityPropertiesOf, FactPropertiesOf } from "../../model/property-types";
import { addFact, isDraftOf, type DocumentMemory } from "../document-memory";
import type { DraftEntity, DraftEntityOf, DraftFact, DraftFactOf, DraftLabel, DraftOf } from "../drafts";
import { findDates, type FoundDate } from "../find-dates";
import type { EntityMention, MentionLabel } from "../recognize-entities";
import type { Sentence } from "../split-sentences";
import { tradeNounSource } from "../trade-nouns";

/** A mention of the sentence with the ref of the entity it names ("m3"). */
export interface MentionRef {
  ref: string;
  mention: EntityMention;
}

export interface SentenceContext {
  sentence: Sentence;
  /** The sentence's mentions, each with its cluster's ref. */
  mentions: MentionRef[];
  reference: Date | null;
  /** The sentence before, and the refs of the companies it named in order: what "the company" and "its" may refer to. */
  previous?: { index: number; companies: string[] };
}

/** What every pattern reads of one sentence, and the typed ways it records what it finds. */
export interface SentenceScan {
  readonly sentence: Sentence;
  readonly text: string;
  readonly memory: DocumentMemory;
  /** The sentence's dates, offsets in the sentence. */
  readonly dates: FoundDate[];
  /** The refs of the companies the sentence names, in order, each once. */
  readonly companies: string[];
  readonly people: MentionRef[];
  /** The first company named, or the article's company when the sentence starts "The company" or "It". */
  readonly subject: string | null;
  /**
   * Who a fact with no other named party is about: the first company named; else, when the sentence
   * refers to one ("the company", "its"), the first company of the sentence before; else the
   * article's company.
   */
  readonly actor: string | null;
  /**
   * The company a reference in the sentence ("the group", "the company", "it", "we") points to,
   * whether or not the sentence also names companies: for "we" and "our", the company the article
   * names first; else the previous sentence's first company; else the company the article names most.
   */
  readonly referred: string | null;
  /**
   * Places the sentence has already used as a headquarters or a signing place, which are then no
   * target, sales market or site. Written by the headquarters and agreements patterns; read by the
   * agreements (targets), facilities (sites) and sales (markets) patterns, which run after them.
   */
  excludedPlaces: Set<string>;
  /**
   * The facilities the sentence has named so far, in order. Written by the facilities pattern (which
   * also reads it, to take each facility once); read by the figures pattern, which runs after it and
   * gives a cost or investment figure to the latest one.
   */
  facilities: Set<DraftOf<"Facility">>;
  /**
   * The agreement the sentence makes or goes on about. Written by the agreements pattern; read by
   * the agreement-covers pattern, which runs after the products pattern and links it to the
   * sentence's models.
   */
  agreement?: DraftOf<"Agreement">;
  mentionsOf(label: MentionLabel): MentionRef[];
  /** A document offset as an offset in the sentence. */
  local(offset: number): number;
  /** Records a fact once per type and ends; a fact joining an entity to itself is dropped (see `addFact`). */
  fact<R extends FactRelationshipType>(
    type: R,
    from: string,
    to: string,
    confidence: number,
    properties?: FactPropertiesOf<R>,
    dates?: DraftFactOf<R>["dates"],
  ): void;
  /** Creates an entity the sentence describes rather than names. */
  draft<L extends DraftLabel>(
    label: L,
    name: string,
    properties: EntityPropertiesOf<L>,
    dates?: DraftEntityOf<L>["dates"],
    confidence?: number,
  ): DraftEntityOf<L>;
}

const SUBJECT_PRONOUN = /^(the company|it|the firm|the automaker|the group)\b/i;
/** Words that refer back to a company named before. */
const REFERENCE = /\b(?:the (?:company|firm|group|automaker|carmaker|truck ?maker|bus ?maker|manufacturer|supplier|venture)(?:['’]s)?|it|its|their)\b/i;
/** "We" and "our" in an interview or a quote: the article's company. */
const FIRST_PERSON = /\b(?:we|our)\b/i;
/** A reference with a modifier or two: "the Rotterdam-based group", "the Norwegian cell maker". */
const MODIFIED_REFERENCE = new RegExp(`\\bthe (?:[\\w-]+ ){1,2}${tradeNounSource()}\\b`, "i");

/** A company noun after a place word in a reference: "the Polish firm", "The Paisley bus builder", "the Campinas-based carrier". */
const PLACE_REFERENCE_AFTER = new RegExp(`^(?:-based)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${tradeNounSource()}\\b`, "u");

/** The company a reference by its home names ("the Polish firm"): the one the article has already put there. */
function placeReferent(ctx: SentenceContext, memory: DocumentMemory): string | undefined {
  for (const { ref, mention } of ctx.mentions) {
    if (mention.label !== "Market") continue;
    const before = ctx.sentence.text.slice(0, mention.start - ctx.sentence.start);
    const after = ctx.sentence.text.slice(mention.end - ctx.sentence.start);
    if (!/\bthe\s+$/i.test(before) || !PLACE_REFERENCE_AFTER.test(after)) continue;
    const based = memory.facts.filter((fact) => fact.type === "HEADQUARTERED_IN" && fact.to === ref).map((fact) => fact.from);
    if (based.length === 1) return based[0];
  }
  return undefined;
}

/**
 * The company a reference in the sentence points to, and the sentence it was named in when that is
 * the one before: "we" and "our" are the company the article names first; "the Polish firm" the
 * company the article put in Poland; "the group" or "the Norwegian cell maker" the previous
 * sentence's first company; else the article's company.
 */
function referent(ctx: SentenceContext, memory: DocumentMemory): { ref: string | null; fromSentence?: number } {
  const text = ctx.sentence.text;
  if (FIRST_PERSON.test(text)) return { ref: memory.firstCompany() };
  const byPlace = placeReferent(ctx, memory);
  if (byPlace) return { ref: byPlace };
  const previous = ctx.previous?.companies[0];
  if (previous && (REFERENCE.test(text) || MODIFIED_REFERENCE.test(text))) return { ref: previous, fromSentence: ctx.previous!.index };
  return { ref: memory.focusCompany() };
}

/**
 * Reads what every pattern needs of a sentence once — its dates, companies, people, subject and
 * actor — and gives the patterns the typed `fact` and `draft` recorders, which write into the
 * document's memory. The label, relationship type, property names and enum values a pattern passes
 * are checked against the model at compile time.
 */
export function scanSentence(ctx: SentenceContext, memory: DocumentMemory): SentenceScan {
  const text = ctx.sentence.text;
  const mentionsOf = (label: MentionLabel) => ctx.mentions.filter(({ mention }) => mention.label === label);
  const companies = [...new Set(mentionsOf("Company").map(({ ref }) => ref))];
  const referred = referent(ctx, memory);
  const resolved = companies.length ? { ref: null } : referred;
  return {
    sentence: ctx.sentence,
    text,
    memory,
    dates: findDates(text, ctx.reference),
    companies,
    people: mentionsOf("Person"),
    subject: companies[0] ?? (SUBJECT_PRONOUN.test(text) ? resolved.ref : null),
    actor: companies[0] ?? resolved.ref,
    referred: referred.ref,
    excludedPlaces: new Set(),
    facilities: new Set(),
    mentionsOf,
    local: (offset) => offset - ctx.sentence.start,
    fact(type, from, to, confidence, properties, dates) {
      // A fact about a company this sentence only refers to quotes the sentence that named it too, and is less sure.
      const viaReference = resolved.fromSentence !== undefined && (from === resolved.ref || to === resolved.ref);
      const fact: DraftFactOf<typeof type> = {
        type,
        from,
        to,
        sentence: ctx.sentence.index,
        ...(viaReference ? { fromSentence: resolved.fromSentence } : {}),
        properties: properties ?? {},
        dates,
        confidence: viaReference ? Math.max(0.3, confidence - 0.15) : confidence,
      };
      addFact(memory, fact as DraftFact);
    },
    draft(label, name, properties, dates = {}, confidence = 0.6) {
      const entity: DraftEntityOf<typeof label> = { ref: memory.nextRef(), label, name, properties, dates, sentence: ctx.sentence.index, confidence };
      memory.drafts.push(entity as DraftEntity);
      return entity;
    },
  };
}

/** The places a sentence names, but not those in `excluded` (where something was signed or is based), with their gazetteer names. */
export function targetMarkets(scan: SentenceScan, excluded: ReadonlySet<string>): { ref: string; name: string }[] {
  return scan
    .mentionsOf("Market")
    .filter(({ ref }) => !excluded.has(ref))
    .map(({ ref, mention }) => ({ ref, name: mention.place?.name ?? mention.text }));
}

/** The vehicles this sentence's products pattern drafted or named again, in order: what its launches, sales and shows are about. */
export function vehiclesOfSentence(scan: SentenceScan): DraftOf<"Vehicle">[] {
  return scan.memory.drafts.filter(isDraftOf("Vehicle")).filter((vehicle) => vehicle.sentence === scan.sentence.index);
}

/** The sentence's dates that start at or after `offset` (an offset in the sentence), in order. */
export function datesFrom(scan: SentenceScan, offset: number): FoundDate[] {
  return scan.dates.filter((date) => date.start >= offset);
}

/** The date of a phrase at `offset`: the first date at or after it, else the sentence's first date. */
export function dateOfPhraseAt(scan: SentenceScan, offset: number): FoundDate | undefined {
  return datesFrom(scan, offset)[0] ?? scan.dates[0];
}

/** " in " before a place name: "launched in Europe", "the IFAT Expo in Germany". */
const IN = /\s+in\s+/;

/**
 * The place named right after `lead`, which is matched at `offset` (an offset in the sentence): the
 * Market mention that starts where the lead ends, before a capital letter. With the default lead,
 * "in Europe" must follow at once; a lead that skips words ("[^.;]*?\bin\s+") finds the first
 * "in <Place>" further on in the clause ("signed the MOU on Monday in Madrid").
 */
export function placeAfter(scan: SentenceScan, offset: number, lead: RegExp = IN): MentionRef | undefined {
  const led = scan.text.slice(offset).match(new RegExp(`^(?:${lead.source})(?=\\p{Lu})`, "u"));
  if (!led) return undefined;
  const at = scan.sentence.start + offset + led[0].length;
  return scan.mentionsOf("Market").find(({ mention }) => mention.start === at);
}
