import { Field, Float, ObjectType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A figure a source states: exports, countries, goals, investments." })
export class Figure extends Node {
  @Field(() => String, { nullable: true })
  get metric(): string | null {
    return this.string("metric");
  }

  @Field(() => Float, { nullable: true })
  get value(): number | null {
    return this.number("value");
  }

  @Field(() => String, { nullable: true })
  get unit(): string | null {
    return this.string("unit");
  }

  @Field(() => String, { nullable: true, description: "ACTUAL, GOAL or ESTIMATE." })
  get qualifier(): string | null {
    return this.string("qualifier");
  }

  @Field(() => String, { nullable: true })
  get description(): string | null {
    return this.string("description");
  }

  @Field(() => PartialDate, { nullable: true })
  get since(): PartialDate | null {
    return this.dateProperty("since");
  }

  @Field(() => PartialDate, { nullable: true })
  get targetBy(): PartialDate | null {
    return this.dateProperty("targetBy");
  }

  @Field(() => PartialDate, { nullable: true })
  get asOf(): PartialDate | null {
    return this.dateProperty("asOf");
  }
}
