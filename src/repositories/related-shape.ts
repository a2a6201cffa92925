import { FACT_RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from "../model/graph-model";

export type DirectionValue = "OUTGOING" | "INCOMING" | "BOTH";

/** Which relationships of a node to read: some types (all fact types when empty), a direction, the labels at the other end. */
export interface RelatedQuery {
  types?: RelationshipType[];
  direction?: DirectionValue;
  labels?: NodeLabel[];
  limit?: number;
  /** Only facts of this origin: CURATED (from facts files) or EXTRACTED (by the extractor). */
  origin?: "CURATED" | "EXTRACTED" | null;
  /** Only facts with at least this confidence (curated facts have 1). */
  minConfidence?: number | null;
}

/** One relationship read of a prefetch, applied to a set of nodes; `children` apply to the nodes at the other end. */
export interface PrefetchStep {
  query: RelatedQuery;
  children: PrefetchStep[];
}

export const DEFAULT_RELATED_LIMIT = 200;

/**
 * The normalised parameters of a relationship read and a key for them. Two reads with the same key
 * return the same rows, which is what lets DataLoaders batch them and a prefetch fill their cache.
 */
export function relatedShape(query: RelatedQuery) {
  const params = {
    types: query.types?.length ? [...query.types].sort() : [...FACT_RELATIONSHIP_TYPES],
    direction: query.direction ?? "BOTH",
    labels: [...(query.labels ?? [])].sort(),
    limit: query.limit ?? DEFAULT_RELATED_LIMIT,
    origin: query.origin ?? null,
    minConfidence: query.minConfidence ?? null,
  };
  return { params, key: JSON.stringify(params) };
}
