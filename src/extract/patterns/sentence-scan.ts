import type { FactRelationshipType } from "../../model/graph-model";
import type { EntityPropertiesOf, FactPropertiesOf } from "../../model/property-types";
import type { DocumentMemory } from "../document-memory";
import type { DraftEntity, DraftEntityOf, DraftFact, DraftFactOf, DraftLabel, DraftOf } from "../drafts";
import { findDates, type FoundDate } from "../find-dates";
import type { EntityMention, MentionLabel } from "../recognize-entities";
import type { Sentence } from "../split-sentences";

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
}

/** What every pattern reads of one sentence, and the typed ways it records what it finds. */
export interface SentenceScan {
  readonly sentence: Sentence;
  readonly text: string;
  readonly memory: DocumentMemory;
  readonly mentions: MentionRef[];
  /** The sentence's dates, offsets in the sentence. */
  readonly dates: FoundDate[];
  /** The refs of the companies the sentence names, in order, each once. */
  readonly companies: string[];
  readonly people: MentionRef[];
  /** The first company named, or the article's company when the sentence starts "The company" or "It". */
  readonly subject: string | null;
  /** Places already taken as a headquarters or a signing place: not targets, sales markets or sites. */
  readonly homePlaces: Set<string>;
  /** The facilities the sentence has named so far, in order. */
  readonly facilities: Set<DraftOf<"Facility">>;
  mentionsOf(label: MentionLabel): MentionRef[];
  /** A document offset as an offset in the sentence. */
  local(offset: number): number;
  /** Records a fact once per type and ends; a fact joining an entity to itself is dropped. */
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

/**
 * Reads what every pattern needs of a sentence once — its dates, companies, people and subject — and
 * gives the patterns the typed `fact` and `draft` recorders, which write into the document's memory.
 * The label, relationship type, property names and enum values a pattern passes are checked against
 * the model at compile time.
 */
export function scanSentence(ctx: SentenceContext, memory: DocumentMemory): SentenceScan {
  const text = ctx.sentence.text;
  const mentionsOf = (label: MentionLabel) => ctx.mentions.filter(({ mention }) => mention.label === label);
  const companies = [...new Set(mentionsOf("Company").map(({ ref }) => ref))];
  return {
    sentence: ctx.sentence,
    text,
    memory,
    mentions: ctx.mentions,
    dates: findDates(text, ctx.reference),
    companies,
    people: mentionsOf("Person"),
    subject: companies[0] ?? (SUBJECT_PRONOUN.test(text) ? memory.focusCompany() : null),
    homePlaces: new Set(),
    facilities: new Set(),
    mentionsOf,
    local: (offset) => offset - ctx.sentence.start,
    fact(type, from, to, confidence, properties, dates) {
      if (from === to || memory.facts.some((f) => f.type === type && f.from === from && f.to === to)) return;
      const fact: DraftFactOf<typeof type> = { type, from, to, sentence: ctx.sentence.index, properties: properties ?? {}, dates, confidence };
      memory.facts.push(fact as DraftFact);
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
