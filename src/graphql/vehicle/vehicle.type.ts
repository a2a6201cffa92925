import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A vehicle model, product line or platform." })
export class Vehicle extends Node {
  @Field(() => String, { nullable: true, description: "MODEL, PRODUCT_LINE or PLATFORM." })
  get kind(): string | null {
    return this.string("kind");
  }

  @Field(() => String, { nullable: true })
  get powertrain(): string | null {
    return this.string("powertrain");
  }

  @Field(() => String, { nullable: true })
  get category(): string | null {
    return this.string("category");
  }

  @Field(() => Float, { nullable: true, description: "Maximum gross vehicle weight, in tonnes." })
  get gvwMaxTonnes(): number | null {
    return this.number("gvwMaxTonnes");
  }

  @Field(() => String, { nullable: true })
  get description(): string | null {
    return this.string("description");
  }
}
