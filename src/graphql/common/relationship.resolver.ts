import { requireNode } from "../entity/related-nodes";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { Node } from "../node/node.interface";
import { Relationship, toRelationship } from "./relationship.type";
import { supersededFacts, supersedingFact, type SupersessionRoot } from "./supersession";

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
      "For a single-valued fact (a title, a headquarters, a figure's value): the later-valid fact that supersedes it for as-of queries from that fact's validFrom; null when none does. Nothing is deleted. A fact read with knownAsOf answers as the graph knew it then: null when the superseding fact was recorded later.",
  })
  async supersededBy(@Root() relationship: Relationship): Promise<Relationship | null> {
    const record = await supersedingFact(this.repository, this.root(relationship));
    return record ? toRelationship(record) : null;
  }

  @FieldResolver(() => [Relationship], {
    description: "The earlier facts of the same single-valued kind that this one supersedes; for a fact read with knownAsOf, those the graph knew then.",
  })
  async supersedes(@Root() relationship: Relationship): Promise<Relationship[]> {
    return (await supersededFacts(this.repository, this.root(relationship))).map(toRelationship);
  }

  private root(relationship: Relationship): SupersessionRoot {
    const { sourceId, type, id, storedProperties, knownAsOf } = relationship;
    return { sourceId, type, id, properties: storedProperties ?? {}, knownAsOf };
  }
}
