import { factAsKnownAt } from "./fact-as-known";
import type { NodeRecord, RelatedRecord } from "./node-record";

/**
 * Which stored properties a request reads, per node label and per relationship type. A label or
 * type that is absent is read whole. One projection serves every read of a request, so a node read
 * at one place of the selection holds what every other place needs: the request's caches never hand
 * a resolver a record without a property it reads.
 */
export interface Projection {
  nodeKeys: Record<string, string[]>;
  relationshipKeys: Record<string, string[]>;
}

/** Reads everything: the projection of requests nothing was planned for (mutations, tools, tests that build a context by hand). */
export const WHOLE: Projection = Object.freeze({ nodeKeys: {}, relationshipKeys: {} });

/** A map as the projecting Cypher returns it: whole properties, or the asked keys with their values. */
export interface ProjectedMap {
  properties: Record<string, unknown> | null;
  keys: string[] | null;
  values: unknown[] | null;
}

/** The properties a projected map stands for; a missing value (null in Neo4j) is left out, as properties() leaves it out. */
export function readProjected(map: ProjectedMap): Record<string, unknown> {
  if (map.properties) return map.properties;
  const properties: Record<string, unknown> = {};
  (map.keys ?? []).forEach((key, index) => {
    const value = map.values?.[index];
    if (value !== null && value !== undefined) properties[key] = value;
  });
  return properties;
}

/** A fact's properties read by a projecting statement, as the graph knew them at `knownAsOf` when a read asks (see factAsKnownAt). */
export function readFactProperties(map: ProjectedMap, knownAsOf: string | null | undefined): Record<string, unknown> {
  return factAsKnownAt(readProjected(map), knownAsOf);
}

/** The knownAsOf a relationship record carries: none for a read without it, so that such records keep their shape. */
export function knownAt(knownAsOf: string | null | undefined): { knownAsOf?: string } {
  return knownAsOf ? { knownAsOf } : {};
}

/** A node record read by a projecting statement. */
export function readNodeRecord(raw: { label: string } & ProjectedMap): NodeRecord {
  return { label: raw.label, properties: readProjected(raw) };
}

/**
 * A related record (relationship and node at the other end) read by a projecting statement from the
 * node `fromId`, as the graph knew it at `knownAsOf` when the read asks. The statement does not
 * read the ends' ids again: the node at the other end always has its id, and the direction says
 * which end is the source.
 */
export function readRelatedRecord(
  raw: {
    relationship: Omit<RelatedRecord["relationship"], "properties" | "source" | "target"> & ProjectedMap;
    node: { label: string } & ProjectedMap;
  },
  fromId: string,
  knownAsOf: string | null | undefined,
): RelatedRecord {
  const { properties: _p, keys: _k, values: _v, ...relationship } = raw.relationship;
  const node = readNodeRecord(raw.node);
  const otherId = node.properties.id as string;
  const [source, target] = relationship.direction === "OUTGOING" ? [fromId, otherId] : [otherId, fromId];
  return { relationship: { ...relationship, properties: readFactProperties(raw.relationship, knownAsOf), source, target, ...knownAt(knownAsOf) }, node };
}
