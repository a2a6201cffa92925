import { Field, ObjectType } from "type-graphql";
import { RelationshipLink } from "../common/relationship.type";
import { Node } from "../node/node.interface";

@ObjectType({ description: "A node linked to both of two nodes, with the links to each." })
export class CommonConnection {
  @Field(() => Node, { description: "The node both are linked to." })
  node: Node;

  @Field(() => [RelationshipLink], { description: "How the first node (a) is linked to it, seen from a." })
  viaA: RelationshipLink[];

  @Field(() => [RelationshipLink], { description: "How the second node (b) is linked to it, seen from b." })
  viaB: RelationshipLink[];
}
