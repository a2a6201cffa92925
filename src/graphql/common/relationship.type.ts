import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { RelationshipType } from "../../model/graph-model";
import { PROVENANCE_PROPERTY_NAMES } from "../../model/stored-properties";
import type { RelatedRecord } from "../../repositories/node-record";
import { graphEnum } from "../model/active-model";
import { RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import { hydrateNode } from "../node/hydrate-node";
import { Node } from "../node/node.interface";
import { Direction } from "./enums";
import { Provenance, readProvenance } from "./provenance.type";

/** A fact's own properties (title, role, dates...), without its id and provenance. */
export function factProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !PROVENANCE_PROPERTY_NAMES.has(key)));
}

/**
 * A relationship seen from one of its nodes. Its typed fields for the properties every fact carries
 * (origin, confidence...) are added from the model when the schema is built (see buildModelTypes).
 */
@ObjectType({ description: "A relationship seen from one of its nodes, with the node at the other end and its provenance." })
export class Relationship {
  @Field(() => ID)
  id: string;

  @Field(() => graphEnum(RELATIONSHIP_TYPE_ENUM))
  type: RelationshipType;

  @Field(() => Direction, { description: "OUTGOING when the node it was read from is the source." })
  direction: Direction;

  @Field(() => ID)
  sourceId: string;

  @Field(() => ID)
  targetId: string;

  @Field(() => Node, { description: "The node at the other end." })
  node: Node;

  @Field(() => GraphQLJSONObject, { description: "The fact's own properties (title, role, dates...), without provenance." })
  properties: Record<string, unknown>;

  @Field(() => Provenance, { nullable: true })
  provenance: Provenance | null;
}

/** Relationship's node fields, for the prefetch planner: `source` and `target` resolve to those ends. */
export const RELATIONSHIP_ENDS: Record<string, "source" | "target"> = { source: "source", target: "target" };

/** Builds a Relationship from a record read by GraphRepository.related. */
export function toRelationship(record: RelatedRecord): Relationship {
  const { relationship } = record;
  const properties = factProperties(relationship.properties);
  return Object.assign(new Relationship(), {
    id: (relationship.properties.id as string) ?? `${relationship.source}-${relationship.type}-${relationship.target}`,
    type: relationship.type as RelationshipType,
    direction: relationship.direction as Direction,
    sourceId: relationship.source,
    targetId: relationship.target,
    node: hydrateNode(record.node),
    properties,
    provenance: readProvenance(relationship.properties),
  });
}
