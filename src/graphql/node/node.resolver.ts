import { Args, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { factFilterOf } from "../common/fact-filter.args";
import { readProvenance } from "../common/provenance.type";
import { RelationshipLink, toRelationshipLink } from "../common/relationship.type";
import { hydrateNode } from "./hydrate-node";
import { Mention } from "./mention.type";
import { LookupArgs, NodeIdArgs, NodeIdsArgs, RelationshipsArgs } from "./node.args";
import { Node } from "./node.interface";
import { modelTypes } from "../model/active-model";

@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly repository: GraphRepository) {}

  @Query(() => Node, { nullable: true, description: "Any node by its global id (Relay's node field); null when no node has that id." })
  async node(@Args() { id }: NodeIdArgs): Promise<Node | null> {
    const record = await this.repository.findById(id);
    return record ? hydrateNode(record) : null;
  }

  @Query(() => [Node], { nullable: "itemsAndList", description: "Nodes by global id, in the order asked; null where an id is unknown." })
  async nodes(@Args() { ids }: NodeIdsArgs): Promise<(Node | null)[]> {
    const records = await this.repository.findByIds(ids);
    return records.map((record) => (record ? hydrateNode(record) : null));
  }

  @Query(() => [Node], { nullable: true, description: "Nodes whose name or alias is this name, ignoring case, accents and punctuation." })
  async lookup(@Args() { name, labels }: LookupArgs): Promise<Node[]> {
    const records = await this.repository.findByName(name, labels ?? []);
    return records.map((record) => hydrateNode(record));
  }

  @FieldResolver(() => [RelationshipLink], {
    description: "This node's relationships as seen from it: each with its direction from here, the node at the other end, and the relationship itself.",
  })
  async relationships(@Root() node: Node, @Args() args: RelationshipsArgs): Promise<RelationshipLink[]> {
    const records = await this.repository.related(node.id, {
      types: args.types,
      direction: args.direction,
      labels: args.labels,
      limit: args.first,
      origin: args.origin ?? null,
      minConfidence: args.minConfidence ?? null,
      ...factFilterOf(args),
    });
    return records.map(toRelationshipLink);
  }

  @FieldResolver(() => [Mention], { description: "The documents that mention this node, with the quote from each." })
  async mentions(@Root() node: Node): Promise<Mention[]> {
    const records = await this.repository.related(node.id, modelTypes().relationQueries.Node.mentions);
    return records.flatMap((record) => {
      const provenance = readProvenance(record.relationship.properties);
      return provenance ? [Object.assign(new Mention(), { provenance, names: (record.relationship.properties.aliases as string[]) ?? [] })] : [];
    });
  }
}
