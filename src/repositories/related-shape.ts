import type { NodeLabel, RelationshipType } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import type { ValueOf } from "../model/property-types";
import type { FACT_ORIGIN } from "../model/shared-enums";

export type DirectionValue = "OUTGOING" | "INCOMING" | "BOTH";

/** Which relationships of a node to read: some types (all fact types when empty), a direction, the labels at the other end. */
export interface RelatedQuery {
  types?: RelationshipType[];
  direction?: DirectionValue;
  labels?: NodeLabel[];
  limit?: number;
  /** Only facts of this origin: CURATED (from facts files) or EXTRACTED (by the extractor). */
  origin?: ValueOf<{ type: typeof FACT_ORIGIN }> | null;
  /** Only facts with at least this confidence (curated facts have 1). */
  minConfidence?: number | null;
  /** Only facts that held at some time within this span (first and last day), and were not yet superseded at its start. */
  asOf?: { start: string; end: string } | null;
  /** Only facts the graph knew at this ISO time: stated by a document recorded by then. */
  knownAsOf?: string | null;
  /** Only facts stated by at least this many documents. */
  minSources?: number | null;
  /** Only facts with at least one source graded this or better (A is best). */
  minReliability?: string | null;
}

/** The fact filters alone, as the traversals take them. */
export type FactFilter = Pick<RelatedQuery, "origin" | "minConfidence" | "asOf" | "knownAsOf" | "minSources" | "minReliability">;

/** The parameters of the fact filter (cypher/fact-filter/, see fact-filter-cypher.ts). */
export const FACT_FILTER_PARAMS = ["origin", "minConfidence", "asOfStart", "asOfEnd", "knownAsOf", "minSources", "minReliability"] as const;

export type FactFilterParams = Record<(typeof FACT_FILTER_PARAMS)[number], string | number | null>;

/** The fact filter's parameter values for a relationship read: null for every filter it does not set. */
export function factFilterParams(query: FactFilter = {}): FactFilterParams {
  return {
    origin: query.origin ?? null,
    minConfidence: query.minConfidence ?? null,
    asOfStart: query.asOf?.start ?? null,
    asOfEnd: query.asOf?.end ?? null,
    knownAsOf: query.knownAsOf ?? null,
    minSources: query.minSources ?? null,
    minReliability: query.minReliability ?? null,
  };
}

/** One relationship read of a prefetch, applied to a set of nodes; `children` apply to the nodes at the other end. */
export interface PrefetchStep {
  query: RelatedQuery;
  children: PrefetchStep[];
}

export const DEFAULT_RELATED_LIMIT = 200;

export interface RelatedShape {
  params: { types: string[]; direction: DirectionValue; labels: string[]; limit: number } & FactFilterParams;
  key: string;
}

/** Shapes by query object: the relationship fields' queries are constants, read for every parent row. */
const shapes = new WeakMap<RelatedQuery, RelatedShape>();

/**
 * The normalised parameters of a relationship read and a key for them. Two reads with the same key
 * return the same rows, which is what lets DataLoaders batch them and a prefetch fill their cache.
 */
export function relatedShape(query: RelatedQuery): RelatedShape {
  const known = shapes.get(query);
  if (known) return known;
  const params = {
    types: query.types?.length ? [...query.types].sort() : [...modelInUse().factTypes],
    direction: query.direction ?? "BOTH",
    labels: [...(query.labels ?? [])].sort(),
    limit: query.limit ?? DEFAULT_RELATED_LIMIT,
    ...factFilterParams(query),
  };
  const shape = { params, key: JSON.stringify(params) };
  shapes.set(query, shape);
  return shape;
}
