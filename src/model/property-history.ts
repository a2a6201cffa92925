import type { HistorySource, HistorySpec } from "./model-spec";
import type { ModelView, PropertyMap } from "./model-view";
import { DATE_PARTS, datePartName } from "./stored-properties";

/** The GraphQL field that lists the stated values of a property with a history (status gives statusHistory). */
export function historyFieldName(name: string): string {
  return `${name}History`;
}

/** The GraphQL object type of a property's stated values, named after its label and itself (Facility's status gives FacilityStatusStatement). */
export function historyTypeName(label: string, name: string): string {
  return `${label}${name.charAt(0).toUpperCase()}${name.slice(1)}Statement`;
}

/** The properties of a label that change over time, each with its history declaration. */
export function historyProperties(properties: PropertyMap): [string, HistorySpec][] {
  return Object.entries(properties).flatMap(([name, spec]) => (spec.history ? [[name, spec.history] as [string, HistorySpec]] : []));
}

/** The stored keys of every document date a history declaration reads (each date flattened into its parts), each once. */
export function documentDateKeys(specs: HistorySpec[]): string[] {
  const names = new Set(specs.flatMap((spec) => spec.from.flatMap((source) => ("document" in source ? [source.document] : []))));
  return [...names].flatMap((name) => [name, ...DATE_PARTS.map((part) => datePartName(name, part))]);
}

/** The stored keys of every document date that any label's history reads: what a read of statements returns with each mention. */
export function historyDocumentKeys(view: ModelView): string[] {
  return documentDateKeys(view.labels.flatMap((label) => historyProperties(view.propertiesOf(label)).map(([, spec]) => spec)));
}

/** What one document states of a node: the properties it gives (dates flattened) and its own dates (flattened), with its evidence. */
export interface Statement<P> {
  documentId: string;
  properties: Record<string, unknown>;
  document: Record<string, unknown>;
  provenance: P;
}

/** A statement as a read returns it: the mention's provenance, with its properties as stored (JSON) and the stating document's dates in the order of the read's document keys. */
export type RawStatement<P extends { documentId: string }> = P & { properties: string | null; document: unknown[] };

/** The statement a read returned, its properties parsed and its document's dates keyed by `documentKeys`; the rest of the mention is its provenance. */
export function readStatement<P extends { documentId: string }>(
  raw: RawStatement<P>,
  documentKeys: string[],
): Statement<Omit<RawStatement<P>, "properties" | "document">> {
  const { properties, document, ...provenance } = raw;
  return {
    documentId: raw.documentId,
    properties: (properties ? JSON.parse(properties) : {}) as Record<string, unknown>,
    document: Object.fromEntries(documentKeys.map((key, index) => [key, document[index]])),
    provenance,
  };
}

/** A date a stated value held from: the date's name and the flattened properties that hold it (the statement's or the document's). */
export interface HistoryDate {
  name: string;
  dates: Record<string, unknown>;
}

/** A value a statement gives a property with a history, as stored: an enum value by its name, a number, a string or a boolean. */
export type StatedScalar = string | number | boolean;

/** One stated value of a property, from the first day of the date it held from (null when the statement gives none), with its evidence. */
export interface StatedValue<P> {
  value: StatedScalar;
  from: HistoryDate | null;
  start: string | null;
  documentId: string;
  provenance: P;
}

function dateOf(source: HistorySource, statement: Statement<unknown>): HistoryDate | null {
  const [name, dates] = "document" in source ? [source.document, statement.document] : [source.property, statement.properties];
  return typeof dates[datePartName(name, "start")] === "string" ? { name, dates } : null;
}

function valueOf(value: unknown): StatedScalar | null {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

/** The values a statement gives: the one it states, else those its dates imply on their own (an opening date says the plant runs). */
function statedValues(name: string, spec: HistorySpec, statement: Statement<unknown>): StatedScalar[] {
  const stated = valueOf(statement.properties[name]);
  if (stated !== null) return [stated];
  const implied = spec.from.flatMap((source) => ("property" in source && dateOf(source, statement) ? [source.value] : []));
  return [...new Set(implied)];
}

const byStart = <P>(a: StatedValue<P>, b: StatedValue<P>): number => {
  if (a.start !== b.start) return a.start === null ? 1 : b.start === null ? -1 : a.start < b.start ? -1 : 1;
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
};

/**
 * Every value the documents state of a property that changes over time (see HistorySpec), each from
 * the first source in `spec.from` that dates it: a date of the node the statement gives for that
 * value, or the stating document's date. Ordered by the day each held from, then by document; those
 * without a date come last. Nothing is merged or dropped, so two sources that disagree both show.
 */
export function statedHistory<P>(name: string, spec: HistorySpec, statements: Statement<P>[]): StatedValue<P>[] {
  const history: StatedValue<P>[] = [];
  for (const statement of statements) {
    for (const value of statedValues(name, spec, statement)) {
      const from =
        spec.from
          .filter((source) => "document" in source || source.value === value)
          .map((source) => dateOf(source, statement))
          .find((date) => date !== null) ?? null;
      const start = from ? (from.dates[datePartName(from.name, "start")] as string) : null;
      history.push({ value, from, start, documentId: statement.documentId, provenance: statement.provenance });
    }
  }
  return history.sort(byStart);
}

/**
 * The value that held on `end` (the last day of an as-of date): the latest-starting stated value
 * that began on or before it, so that a later value supersedes an earlier one without deleting it.
 * Of values that start the same day, the last in history order wins. Null when nothing dated had
 * begun by then; undated statements never answer.
 */
export function valueAsOf<P>(history: StatedValue<P>[], end: string): StatedScalar | null {
  let held: StatedScalar | null = null;
  for (const entry of history) if (entry.start !== null && entry.start <= end) held = entry.value;
  return held;
}

/**
 * The value that holds latest in time: the one valueAsOf answers once every dated value has begun,
 * so the node can keep as its own value the one a reader expects now rather than whichever document
 * came last. Null when no stated value is dated, where the caller keeps its own merged value.
 */
export function latestValue<P>(history: StatedValue<P>[]): StatedScalar | null {
  const last = history.filter((entry) => entry.start !== null).at(-1);
  return last?.start ? valueAsOf(history, last.start) : null;
}

/** The latest value (see latestValue) of each history property `histories` of a node whose statements date one. */
export function latestValues<P>(histories: [string, HistorySpec][], statements: Statement<P>[]): Record<string, StatedScalar> {
  const latest: Record<string, StatedScalar> = {};
  for (const [name, spec] of histories) {
    const value = latestValue(statedHistory(name, spec, statements));
    if (value !== null) latest[name] = value;
  }
  return latest;
}
