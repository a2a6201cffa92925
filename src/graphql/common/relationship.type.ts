import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { RelationshipType } from "../../model/graph-model";
import { EVIDENCE_PROPERTY_NAMES, PROVENANCE_PROPERTY_NAMES } from "../../model/stored-properties";
import type { RelatedRecord } from "../../repositories/node-record";
import { graphEnum } from "../model/active-model";
import { RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import { hydrateNode } from "../node/hydrate-node";
import { Node } from "../node/node.interface";
import { Direction } from "./enums";
import { Provenance, readEvidence, readProvenance } from "./provenance.type";

/** A fact's own properties (title, role, dates...), without its id and provenance. */
export function factProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !PROVENANCE_PROPERTY_NAMES.has(key) && !EVIDENCE_PROPERTY_NAMES.has(key)));
}

/** A relationship as the repositories read it: its type, stored properties and the ids of its two ends. */
export interface RelationshipRecord {
  type: string;
  properties: Record<string, unknown>;
  source: string;
  target: string;
  /** The knownAsOf it was read with, if any (see RelatedRecord). */
  knownAsOf?: string;
}

/**
 * A relationship of the graph, the same whichever node it is read from: a client cache can keep it
 * under its id. What depends on the node it is read from lives in RelationshipLink. Its typed fields
 * for the properties every fact carries (origin, confidence...) are added from the model when the
 * schema is built (see buildModelTypes).
 */
@ObjectType({
  description:
    "A relationship of the graph, with its properties and provenance. It reads the same wherever it appears, so a client cache can keep it under its id; which way it points from a given node is on RelationshipLink.",
})
export class Relationship {
  @Field(() => ID, { description: "The relationship's stable id." })
  id: string;

  @Field(() => graphEnum(RELATIONSHIP_TYPE_ENUM), { description: "What kind of fact it is." })
  type: RelationshipType;

  @Field(() => ID, { description: "The id of the node it starts from." })
  sourceId: string;

  @Field(() => ID, { description: "The id of the node it points to." })
  targetId: string;

  @Field(() => GraphQLJSONObject, { description: "The fact's own properties (title, role, dates...), without provenance." })
  properties: Record<string, unknown>;

  @Field(() => Provenance, {
    nullable: true,
    description:
      "The document and exact quote that first stated it (the earliest recorded); null for a fact without a source quote. All of them are in evidence.",
  })
  provenance: Provenance | null;

  @Field(() => [Provenance], {
    description: "Every document's quote that states it, earliest recorded first: one relationship however many sources restate it.",
  })
  get evidence(): Provenance[] {
    return readEvidence(this.storedProperties ?? {});
  }

  /** Everything stored on the relationship, evidence and supersession included. */
  storedProperties: Record<string, unknown>;

  /** The knownAsOf it was read with, if any: its supersededBy and supersedes are read as of the same time. */
  knownAsOf?: string;
}

/**
 * A relationship seen from one of its nodes. It has no id on purpose: its direction and other end
 * depend on the node it was read from, and an id would let a client cache merge two perspectives.
 */
@ObjectType({
  description:
    "A relationship seen from one of its nodes: which way it points from there, and the node at the other end. It has no id, because both depend on the node it is read from; the relationship itself is `relationship`.",
})
export class RelationshipLink {
  @Field(() => Direction, { description: "OUTGOING when the node it is read from is the relationship's source, INCOMING when it is the target." })
  direction: Direction;

  @Field(() => Node, { description: "The node at the other end." })
  node: Node;

  @Field(() => Relationship, { description: "The relationship itself." })
  relationship: Relationship;
}

/** Relationship's node fields, for the prefetch planner: `source` and `target` resolve to those ends. */
export const RELATIONSHIP_ENDS: Record<string, "source" | "target"> = { source: "source", target: "target" };

/** Builds the cacheable Relationship from a relationship read by any repository. */
export function toRelationship(edge: RelationshipRecord): Relationship {
  return Object.assign(new Relationship(), {
    id: (edge.properties.id as string) ?? `${edge.source}-${edge.type}-${edge.target}`,
    type: edge.type as RelationshipType,
    sourceId: edge.source,
    targetId: edge.target,
    properties: factProperties(edge.properties),
    provenance: readProvenance(edge.properties),
    storedProperties: edge.properties,
    knownAsOf: edge.knownAsOf,
  });
}

/** The relationship `edge` seen from the node `fromId`, with `other` (a node read with it) at the other end. */
export function linkFrom(fromId: string, edge: RelationshipRecord, other: RelatedRecord["node"]): RelationshipLink {
  return Object.assign(new RelationshipLink(), {
    direction: edge.source === fromId ? Direction.OUTGOING : Direction.INCOMING,
    node: hydrateNode(other),
    relationship: toRelationship(edge),
  });
}

/** A relationship read by GraphRepository.related, seen from the node it was read from. */
export function toRelationshipLink(record: RelatedRecord): RelationshipLink {
  const { relationship, node } = record;
  const fromId = relationship.direction === "OUTGOING" ? relationship.source : relationship.target;
  return linkFrom(fromId, relationship, node);
}
