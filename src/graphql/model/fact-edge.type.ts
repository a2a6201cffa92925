import { Field, ID, type ClassType } from "type-graphql";
import type { EdgeRecord } from "../../repositories/node-record";
import { Provenance, readEvidence, readProvenance } from "../common/provenance.type";

/**
 * What every edge type (a Position, an AgreementParty...) holds: the relationship's id, its
 * provenance, its stored properties and the ids of its two ends. Edge types are generated from the
 * model's relationship declarations (see createEdgeTypes); addEdgeFields gives each the shared fields.
 */
export abstract class FactEdge {
  id: string;
  provenance: Provenance | null;
  properties: Record<string, unknown>;
  sourceId: string;
  targetId: string;
  /** The knownAsOf it was read with, if any: its supersededBy and supersedes are read as of the same time. */
  knownAsOf?: string;
}

/** Declares the GraphQL fields every edge type has: its id and its provenance. */
export function addEdgeFields(type: ClassType<FactEdge>): void {
  Field(() => ID, { description: "The relationship's stable id." })(type.prototype, "id");
  Field(() => Provenance, {
    nullable: true,
    description: "The document and exact quote that first stated it (the earliest recorded); all of them are in evidence.",
  })(type.prototype, "provenance");
  Object.defineProperty(type.prototype, "evidence", {
    get(this: FactEdge) {
      return readEvidence(this.properties);
    },
    configurable: true,
  });
  Field(() => [Provenance], { description: "Every document's quote that states it, earliest recorded first." })(
    type.prototype,
    "evidence",
    Object.getOwnPropertyDescriptor(type.prototype, "evidence") as PropertyDescriptor,
  );
}

/** Fills an edge object from a relationship read from either end. */
export function fillEdge<T extends FactEdge>(edge: T, { properties, source, target, knownAsOf }: EdgeRecord): T {
  return Object.assign(edge, {
    id: properties.id as string,
    provenance: readProvenance(properties),
    properties,
    sourceId: source,
    targetId: target,
    knownAsOf,
  });
}
