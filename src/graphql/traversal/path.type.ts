import { Field, Int, ObjectType } from "type-graphql";
import type { PathRecord } from "../../repositories/traversal.repository";
import { linkFrom, Relationship, RelationshipLink, toRelationship } from "../common/relationship.type";
import { hydrateNode } from "../node/hydrate-node";
import { Node } from "../node/node.interface";

@ObjectType({ description: "A path: its nodes in order, the relationship between each node and the next, and each step as walked." })
export class Path {
  @Field(() => Int, { description: "How many relationships the path has." })
  length: number;

  @Field(() => [Node], { description: "The nodes in order, from the start to the end of the path." })
  nodes: Node[];

  @Field(() => [Relationship], { description: "relationships[i] joins nodes[i] and nodes[i + 1]; its sourceId and targetId say which way it points." })
  relationships: Relationship[];

  @Field(() => [RelationshipLink], {
    description: "steps[i] is relationships[i] as walked from nodes[i]: its direction from there, and nodes[i + 1] as the node at the other end.",
  })
  steps: RelationshipLink[];
}

export function toPath(record: PathRecord): Path {
  return Object.assign(new Path(), {
    length: record.relationships.length,
    nodes: record.nodes.map((node) => hydrateNode(node)),
    relationships: record.relationships.map(toRelationship),
    steps: record.relationships.map((edge, index) => linkFrom(record.nodes[index].properties.id as string, edge, record.nodes[index + 1])),
  });
}
