import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A company, group, brand or holding." })
export class Company extends Node {
  @Field(() => String, { nullable: true, description: "MANUFACTURER, GROUP, BRAND, HOLDING, SUPPLIER..." })
  get kind(): string | null {
    return this.string("kind");
  }

  @Field(() => String, { nullable: true })
  get description(): string | null {
    return this.string("description");
  }
}
