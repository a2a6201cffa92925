import { requireNode } from "../entity/related-nodes";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { Node } from "../node/node.interface";
import { STORED_PROPERTIES as S } from "../../model/stored-properties";
import { Relationship, toRelationship } from "./relationship.type";

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

  @FieldResolver(() => Relationship, {
    nullable: true,
    description:
      "For a single-valued fact (a title, a headquarters): the later-valid fact that supersedes it for as-of queries from that fact's validFrom; null when none does. Nothing is deleted.",
  })
  async supersededBy(@Root() relationship: Relationship): Promise<Relationship | null> {
    const by = (relationship.storedProperties?.[S.supersededBy] as string | undefined) ?? null;
    if (!by) return null;
    const found = await this.repository.supersession(relationship.sourceId, relationship.type, relationship.id, by);
    const record = found.find((edge) => edge.properties[S.id] === by);
    return record ? toRelationship(record) : null;
  }

  @FieldResolver(() => [Relationship], { description: "The earlier facts of the same single-valued kind that this one supersedes." })
  async supersedes(@Root() relationship: Relationship): Promise<Relationship[]> {
    const found = await this.repository.supersession(relationship.sourceId, relationship.type, relationship.id, null);
    return found.filter((edge) => edge.properties[S.supersededBy] === relationship.id).map(toRelationship);
  }
}
