import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A place as a market: region, country, state or city, in a PART_OF hierarchy." })
export class Market extends Node {
  @Field(() => String, { nullable: true, description: "REGION, COUNTRY, STATE, CITY or ECONOMIC_UNION." })
  get kind(): string | null {
    return this.string("kind");
  }
}
