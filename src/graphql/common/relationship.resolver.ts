import { FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../../errors";
import type { GraphRepository } from "../../repositories/graph.repository";
import { hydrateNode } from "../node/hydrate-node";
import { Node } from "../node/node.interface";
import { Relationship } from "./relationship.type";

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(private readonly repository: GraphRepository) {}

  private async load(id: string): Promise<Node> {
    const record = await this.repository.findById(id);
    if (!record) throw new NotFoundError("Node", id);
    return hydrateNode(record);
  }

  @FieldResolver(() => Node)
  source(@Root() relationship: Relationship): Promise<Node> {
    return this.load(relationship.sourceId);
  }

  @FieldResolver(() => Node)
  target(@Root() relationship: Relationship): Promise<Node> {
    return this.load(relationship.targetId);
  }
}
