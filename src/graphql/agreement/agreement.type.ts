import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "An MOU, development agreement, partnership, joint venture, partner designation or supply deal." })
export class Agreement extends Node {
  @Field(() => String, { nullable: true, description: "MOU, DEVELOPMENT_AGREEMENT, PARTNERSHIP, JOINT_VENTURE, PARTNER_DESIGNATION, SUPPLY, COOPERATION." })
  get kind(): string | null {
    return this.string("kind");
  }

  @Field(() => String, { nullable: true, description: "SIGNED, ESTABLISHED, PLANNED, EXPLORING or ANNOUNCED." })
  get status(): string | null {
    return this.string("status");
  }

  @Field(() => String, { nullable: true })
  get scope(): string | null {
    return this.string("scope");
  }

  @Field(() => [String], { description: "Parties the source mentions without naming them." })
  get undisclosedParties(): string[] {
    return this.strings("undisclosedParties");
  }

  @Field(() => PartialDate, { nullable: true })
  get signedOn(): PartialDate | null {
    return this.dateProperty("signedOn");
  }

  @Field(() => PartialDate, { nullable: true })
  get announcedOn(): PartialDate | null {
    return this.dateProperty("announcedOn");
  }

  @Field(() => PartialDate, { nullable: true, description: "When the next step (such as contracts) is due." })
  get dueBy(): PartialDate | null {
    return this.dateProperty("dueBy");
  }
}
