/**
 * The shapes a graph model is declared in. A model lists its node labels (each with its properties,
 * dates and relation fields), its relationship types (each with its endpoints and properties) and
 * the timeline kinds its dates fall under. Everything else — GraphQL types and resolvers, the Cypher
 * schema, the prefetch table, the timeline, the explorer's legend, facts-file checks and the
 * extractor's names — is derived from one such declaration.
 */

/** The stored value types a property may have. Dates are EDTF dates of any precision (see edtf-date.ts). */
export type ScalarType = "String" | "Int" | "Float" | "Boolean" | "StringList" | "Date";

/** A closed set of values, exposed as a GraphQL enum. Each value carries its own description. */
export interface EnumSpec<V extends string = string> {
  readonly name: string;
  readonly description: string;
  readonly values: { readonly [K in V]: string };
}

/** Where a date property sits on a timeline: a fixed kind, or the value of one of the node's enum properties. */
export type TimelineRule<K extends string = string> = K | { readonly fromProperty: string; readonly otherwise: K };

export interface PropertySpec<K extends string = string> {
  readonly type: ScalarType | EnumSpec;
  readonly description: string;
  /** Always present: non-null in GraphQL, and a facts file must give it. */
  readonly required?: boolean;
  /** Held by the `node_search` full-text index. */
  readonly searchable?: boolean;
  /** Served by a range index of its own. */
  readonly indexed?: boolean;
  /** No two nodes of the label share a value: served by a uniqueness constraint. */
  readonly unique?: boolean;
  /** Date properties only: what the date means on a timeline. */
  readonly timeline?: TimelineRule<K>;
  /** Date properties only: kept off timelines (a fact's validity bounds restate dates that are on them). */
  readonly untimed?: boolean;
  /** Set by the loader from the evidence, never given by a facts file (a fact's source count, say). */
  readonly computed?: boolean;
  /** Node properties only: the node has one true value of it (a facility opens once), so documents that state different values are a conflict. */
  readonly oneValue?: boolean;
  /**
   * Node properties only: the value changes over time (a plant is planned, then runs), so each
   * document states it as of some date. The node keeps the value that holds latest (the merged value
   * when no statement is dated); GraphQL adds
   * `<name>History` (every stated value from the date it held, with its quote) and an `asOf`
   * argument on the property's field that answers the value that held then (see HistorySpec).
   */
  readonly history?: HistorySpec;
}

/**
 * Where the date from which a stated value held comes from. `from` is tried in order for each
 * document's statement: `{ property, value }` says a date of the node, when the statement gives it,
 * is when that value began (a plant is OPERATING from its openedOn), and applies even where the
 * statement gives the date alone; `{ document }` takes a date of the stating document (its
 * publication). A statement that gives neither has no date: it is listed, but no as-of answer uses it.
 */
export interface HistorySpec {
  readonly from: readonly HistorySource[];
}

export type HistorySource = { readonly property: string; readonly value: string } | { readonly document: string };

/** Every entity label: used where a relationship may join, or a field may reach, any entity. */
export const ANY_ENTITY = "ANY_ENTITY";
export type AnyEntity = typeof ANY_ENTITY;

export interface RelationFieldSpec<R extends string = string, L extends string = string> {
  readonly description: string;
  readonly types: readonly R[];
  /** OUTGOING follows relationships that start at this node. */
  readonly direction: "OUTGOING" | "INCOMING";
  /** The labels the field returns. With more than one it returns the Node interface. */
  readonly targets: readonly L[] | AnyEntity;
  /** The field at the other end that reads the same relationships back. */
  readonly inverse?: string;
  /** Return the relationships as their edge type (a Position, say) rather than the nodes at the other end. */
  readonly edges?: boolean;
  /** Marks the field deprecated in GraphQL with this reason, which names what to use instead; it still answers. */
  readonly deprecated?: string;
}

export interface LabelSpec<R extends string = string, L extends string = string, K extends string = string> {
  readonly description: string;
  /** The explorer draws the label in this colour, and its legend shows it. */
  readonly colour: string;
  /** Root query names: one entity, and the Relay connection of all of them. */
  readonly one: string;
  readonly many: string;
  readonly properties: { readonly [name: string]: PropertySpec<K> };
  /** Date properties, in order of preference, that place the node on a time axis (filters and DATE sorts). */
  readonly primaryDates?: readonly string[];
  readonly relations: { readonly [field: string]: RelationFieldSpec<R, L> };
  /**
   * Nodes of this label whose `kind` is one of `kinds` happen once for the node they point at through
   * `relationship` (a partnership starts once): two of the same kind for the same node that give
   * different `date`s are a conflict.
   */
  readonly once?: { readonly relationship: R; readonly kind: string; readonly kinds: readonly string[]; readonly date: string };
  /** Nodes of this label each state one value of a measure of the node that points at them (see MeasureSpec). */
  readonly measures?: MeasureSpec<R>;
}

/**
 * A label whose nodes each state one value of something about a subject (a figure: a company's
 * exports). The subject points at the node through `relationship`; `measure` names what is measured
 * (nodes without it are never compared) and `alike` the properties two values must share to be
 * comparable, absent matching absent (unit, qualifier, the period they cover). Among comparable
 * nodes, different `value`s for the same `asOf` (or both without one) are a conflict, and a later
 * `asOf` supersedes an earlier one from its start, on the relationship from the subject.
 */
export interface MeasureSpec<R extends string = string> {
  readonly relationship: R;
  readonly measure: string;
  readonly alike: readonly string[];
  readonly value: string;
  readonly asOf: string;
}

/**
 * Where a validity bound comes from: one of the fact's own dates, a date of the node at either end,
 * or a date of the document that states it (a title holds as of the article's publication).
 */
export type ValiditySource = { readonly property: string } | { readonly source: string } | { readonly target: string } | { readonly document: string };

/** A GraphQL type for a relationship that carries facts of its own (a Position is a HOLDS_POSITION). */
export interface EdgeSpec {
  readonly name: string;
  readonly description: string;
  /** Field names for the node at each end. */
  readonly source: string;
  readonly target: string;
}

export interface RelationshipSpec<L extends string = string, K extends string = string> {
  readonly description: string;
  readonly from: readonly L[] | AnyEntity;
  readonly to: readonly L[];
  readonly properties: { readonly [name: string]: PropertySpec<K> };
  /**
   * At most one such fact holds at a time: for each source ("per-source", e.g. a headquarters) or for
   * each source and target pair ("per-pair", e.g. a person's title at a company). A later-valid fact
   * supersedes an earlier one for as-of queries from its start, and two that hold from the same time
   * with different values are a conflict (see src/ingest/plan-disputes.ts).
   */
  readonly single?: "per-source" | "per-pair";
  /**
   * How a fact's validity is read when its source states no validFrom/validTo of its own: each bound
   * takes the first of these dates that is present (see ValiditySource).
   */
  readonly validity?: { readonly from?: readonly ValiditySource[]; readonly to?: readonly ValiditySource[] };
  readonly edge?: EdgeSpec;
  /** The property that names a fact of this type on a timeline ("CEO" for a position). */
  readonly caption?: string;
  /** The relationship that records where a document mentions an entity, rather than a fact. */
  readonly provenance?: boolean;
}

export interface GraphModelSpec {
  readonly labels: { readonly [label: string]: LabelSpec };
  readonly relationships: { readonly [type: string]: RelationshipSpec };
  /** The label of source documents; every other label is an entity label. */
  readonly documentLabel: string;
  readonly timelineKinds: EnumSpec;
  /** The timeline kind of a date the model says nothing more about. */
  readonly otherTimelineKind: string;
  /** Properties every entity may carry, whatever its label (where it comes from, how sure the extractor was). */
  readonly entityProperties: { readonly [name: string]: PropertySpec };
  /** Properties every fact relationship may carry. */
  readonly factProperties: { readonly [name: string]: PropertySpec };
}

type Names<T> = keyof T & string;
type TimelineKindOf<M extends GraphModelSpec> = Names<M["timelineKinds"]["values"]>;

/**
 * The cross-references a model must get right, as types: relation fields name declared relationship
 * types and labels, relationships join declared labels, and dates name declared timeline kinds.
 */
export type ModelShape<M extends GraphModelSpec> = {
  readonly labels: { readonly [L in keyof M["labels"]]: LabelSpec<Names<M["relationships"]>, Names<M["labels"]>, TimelineKindOf<M>> };
  readonly relationships: { readonly [R in keyof M["relationships"]]: RelationshipSpec<Names<M["labels"]>, TimelineKindOf<M>> };
  readonly documentLabel: Names<M["labels"]>;
  readonly otherTimelineKind: TimelineKindOf<M>;
};

/**
 * Declares a graph model. The compiler checks its cross-references (see ModelShape) and the literal
 * types are kept, so that code written against the model (the extractor, say) cannot misspell a
 * label, relationship type or property. What types cannot express is checked by validateModel.
 */
export function defineModel<const M extends GraphModelSpec & ModelShape<M>>(model: M): M {
  return model;
}

/** Keeps a label declaration's literal types; cross-references are checked when the model is defined. */
export function defineLabel<const S extends LabelSpec>(spec: S): S {
  return spec;
}

/** Keeps an enum declaration's literal value names. */
export function defineEnum<const V extends string>(spec: EnumSpec<V>): EnumSpec<V> {
  return spec;
}
