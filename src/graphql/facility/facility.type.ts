import { Field, Float, Int, ObjectType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A plant or distribution centre, existing or planned." })
export class Facility extends Node {
  @Field(() => String, { nullable: true, description: "PLANT or DISTRIBUTION_CENTER." })
  get kind(): string | null {
    return this.string("kind");
  }

  @Field(() => String, { nullable: true, description: "OPERATING or PLANNED." })
  get status(): string | null {
    return this.string("status");
  }

  @Field(() => Int, { nullable: true, description: "1 for a company's first such facility in a country, 2 for its second..." })
  get ordinal(): number | null {
    return this.number("ordinal");
  }

  @Field(() => [String])
  get products(): string[] {
    return this.strings("products");
  }

  @Field(() => Float, { nullable: true, description: "Estimated investment in US dollars." })
  get estimatedInvestmentUsd(): number | null {
    return this.number("estimatedInvestmentUsd");
  }

  @Field(() => String, { nullable: true, description: "MORE_THAN when the estimate is a lower bound." })
  get investmentQualifier(): string | null {
    return this.string("investmentQualifier");
  }

  @Field(() => String, { nullable: true })
  get investmentNote(): string | null {
    return this.string("investmentNote");
  }

  @Field(() => PartialDate, { nullable: true })
  get openedOn(): PartialDate | null {
    return this.dateProperty("openedOn");
  }

  @Field(() => PartialDate, { nullable: true })
  get expectedOperational(): PartialDate | null {
    return this.dateProperty("expectedOperational");
  }
}
