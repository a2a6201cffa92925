import type { EntityLabel, FactRelationshipType } from "../model/graph-model";
import type { EntityDateName, EntityPropertiesOf, FactDateName, FactPropertiesOf } from "../model/property-types";

/** A date the extractor read: its EDTF value and the words that state it. */
export interface StatedDate {
  value: string;
  text: string;
}

/** The value type of one of label L's declared properties ("Agreement", "kind" → "MOU" | "PARTNERSHIP" | ...). */
export type EntityValue<L extends EntityLabel, P extends keyof EntityPropertiesOf<L>> =
  EntityPropertiesOf<L> extends infer O ? (P extends keyof O ? NonNullable<O[P]> : never) : never;

/** The labels whose entities the facts of a sentence create, rather than a name the text gives. */
export type DraftLabel = Extract<EntityLabel, "Agreement" | "Facility" | "Vehicle" | "Figure" | "Event">;

/** An entity of label L that the facts of a sentence create (an agreement, a facility...), local to the document. */
export interface DraftEntityOf<L extends DraftLabel> {
  ref: string;
  label: L;
  name: string;
  properties: EntityPropertiesOf<L>;
  dates: { [D in EntityDateName<L>]?: StatedDate };
  sentence: number;
  confidence: number;
}

/** Any draft entity, discriminated by its label. */
export type DraftEntity = { [L in DraftLabel]: DraftEntityOf<L> }[DraftLabel];

/** The draft entities of one label. */
export type DraftOf<L extends DraftLabel> = Extract<DraftEntity, { label: L }>;

/** A relationship of type R between two entities, each given as a cluster ref ("m12") or a draft ref ("d3"). */
export interface DraftFactOf<R extends FactRelationshipType> {
  type: R;
  from: string;
  to: string;
  sentence: number;
  /** The earlier sentence a reference in it was resolved from ("the company", "its"): the quote starts there. */
  fromSentence?: number;
  properties: FactPropertiesOf<R>;
  dates?: { [D in FactDateName<R>]?: StatedDate };
  confidence: number;
}

/** Any draft fact, discriminated by its relationship type. */
export type DraftFact = { [R in FactRelationshipType]: DraftFactOf<R> }[FactRelationshipType];
