import { Field, Int, ObjectType } from "type-graphql";
import type { EdgeRecord, PathRecord } from "../../repositories/traversal.repository";
import { Relationship, toRelationship } from "../common/relationship.type";
import { hydrateNode } from "../node/hydrate-node";
import { Node } from "../node/node.interface";

@ObjectType({ description: "A path: its nodes in order, and the relationship between each node and the next." })
export class Path {
  @Field(() => Int, { description: "How many relationships the path has." })
  length: number;

  @Field(() => [Node])
  nodes: Node[];

  @Field(() => [Relationship], { description: "relationships[i] joins nodes[i] to nodes[i + 1]; its direction is seen from nodes[i]." })
  relationships: Relationship[];
}

/** A relationship seen from `fromId`, with `to` the node at its other end. */
export function edgeFrom(fromId: string, edge: EdgeRecord, to: PathRecord["nodes"][number]): Relationship {
  return toRelationship({
    relationship: { ...edge, direction: edge.source === fromId ? "OUTGOING" : "INCOMING" },
    node: to,
  });
}

export function toPath(record: PathRecord): Path {
  return Object.assign(new Path(), {
    length: record.relationships.length,
    nodes: record.nodes.map((node) => hydrateNode(node)),
    relationships: record.relationships.map((edge, index) => edgeFrom(record.nodes[index].properties.id as string, edge, record.nodes[index + 1])),
  });
}
