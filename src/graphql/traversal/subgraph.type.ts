import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { NodeLabel, RelationshipType } from "../../model/graph-model";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import { Provenance } from "../common/provenance.type";

@ObjectType({ description: "A node of a subgraph, with what a drawing needs." })
export class GraphNode {
  @Field(() => ID)
  id: string;

  @Field(() => graphEnum(NODE_LABEL_ENUM))
  label: NodeLabel;

  @Field()
  name: string;

  @Field(() => Int, { description: "Hops from the start node." })
  depth: number;
}

@ObjectType({ description: "An edge of a subgraph." })
export class GraphEdge {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;

  @Field(() => graphEnum(RELATIONSHIP_TYPE_ENUM))
  type: RelationshipType;

  @Field(() => GraphQLJSONObject, { description: "The fact's own properties, without provenance." })
  properties: Record<string, unknown>;

  @Field(() => Provenance, { nullable: true })
  provenance: Provenance | null;
}

@ObjectType({ description: "A deduplicated set of nodes and edges, ready to draw." })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes: GraphNode[];

  @Field(() => [GraphEdge])
  edges: GraphEdge[];

  @Field({ description: "True when the node limit cut the neighborhood short." })
  truncated: boolean;
}
