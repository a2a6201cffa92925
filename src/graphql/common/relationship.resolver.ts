import { requireNode } from "../entity/related-nodes";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { Node } from "../node/node.interface";
import { Relationship } from "./relationship.type";

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => Node, { description: "The node it starts from." })
  source(@Root() relationship: Relationship): Promise<Node> {
    return requireNode(this.repository, relationship.sourceId, "Node");
  }

  @FieldResolver(() => Node, { description: "The node it points to." })
  target(@Root() relationship: Relationship): Promise<Node> {
    return requireNode(this.repository, relationship.targetId, "Node");
  }
}
