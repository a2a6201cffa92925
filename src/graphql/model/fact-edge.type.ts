import { Field, ID, type ClassType } from "type-graphql";
import type { RelatedRecord } from "../../repositories/node-record";
import { Provenance, readProvenance } from "../common/provenance.type";

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
}

/** Declares the GraphQL fields every edge type has: its id and its provenance. */
export function addEdgeFields(type: ClassType<FactEdge>): void {
  Field(() => ID, { description: "The relationship's stable id." })(type.prototype, "id");
  Field(() => Provenance, { nullable: true, description: "The document and exact quote that state it." })(type.prototype, "provenance");
}

/** Fills an edge object from a relationship read from either end. */
export function fillEdge<T extends FactEdge>(edge: T, record: RelatedRecord): T {
  const { properties, source, target } = record.relationship;
  return Object.assign(edge, { id: properties.id as string, provenance: readProvenance(properties), properties, sourceId: source, targetId: target });
}
