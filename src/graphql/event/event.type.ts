import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "An expo, launch, debut, signing, partnership start or regulation." })
export class Event extends Node {
  @Field(() => String, { nullable: true, description: "SIGNING, LAUNCH, EXPO, DEBUT, PARTNERSHIP_START, REGULATION or ANNOUNCEMENT." })
  get kind(): string | null {
    return this.string("kind");
  }

  @Field(() => String, { nullable: true })
  get description(): string | null {
    return this.string("description");
  }

  @Field(() => PartialDate, { nullable: true })
  get date(): PartialDate | null {
    return this.dateProperty("date");
  }

  @Field(() => PartialDate, { nullable: true })
  get effectiveFrom(): PartialDate | null {
    return this.dateProperty("effectiveFrom");
  }
}
