import { Field, Int, ObjectType } from "type-graphql";
import { Relationship } from "../common/relationship.type";
import { Node } from "../node/node.interface";

@ObjectType({
  description:
    "A node of a subgraph with its distance from the start. It has no id, because the depth depends on where the walk started; the node itself is `node`.",
})
export class SubgraphNode {
  @Field(() => Int, { description: "Hops from the start node (0 for the start node itself)." })
  depth: number;

  @Field(() => Node, { description: "The node." })
  node: Node;
}

@ObjectType({ description: "A deduplicated set of nodes and relationships around a start node, ready to draw." })
export class Subgraph {
  @Field(() => [SubgraphNode], { description: "Every node reached, the start node first, each once, with its depth." })
  nodes: SubgraphNode[];

  @Field(() => [Relationship], { description: "Every relationship between two reached nodes that the walk followed, each once." })
  edges: Relationship[];

  @Field({ description: "True when the node limit cut the neighborhood short." })
  truncated: boolean;
}
