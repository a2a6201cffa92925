import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";

@ObjectType({ description: "A full-text search result." })
export class SearchHit {
  @Field(() => Node)
  node: Node;

  @Field(() => Float, { description: "Relevance; higher is better." })
  score: number;
}
