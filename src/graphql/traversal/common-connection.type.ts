import { Field, ObjectType } from "type-graphql";
import { Relationship } from "../common/relationship.type";
import { Node } from "../node/node.interface";

@ObjectType({ description: "A node linked to both of two nodes, with the links to each." })
export class CommonConnection {
  @Field(() => Node)
  node: Node;

  @Field(() => [Relationship], { description: "How the first node is linked to it (seen from the first node)." })
  viaA: Relationship[];

  @Field(() => [Relationship], { description: "How the second node is linked to it (seen from the second node)." })
  viaB: Relationship[];
}
