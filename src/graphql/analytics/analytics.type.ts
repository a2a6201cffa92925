import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface";

export enum AgreementGrouping {
  MARKET = "MARKET",
  KIND = "KIND",
  YEAR = "YEAR",
}

registerEnumType(AgreementGrouping, {
  name: "AgreementGrouping",
  description: "How to group agreements when counting them.",
  valuesConfig: {
    MARKET: { description: "By the market an agreement targets (an agreement with several counts in each)." },
    KIND: { description: "By kind: MOU, joint venture, supply deal..." },
    YEAR: { description: "By the year of the agreement's main date; UNDATED for agreements without one." },
  },
});

@ObjectType({ description: "A node with its number of relationships." })
export class RankedNode {
  @Field(() => Node, { description: "The ranked node." })
  node: Node;

  @Field(() => Int, { description: "How many relationships of the counted types it has." })
  degree: number;
}

@ObjectType({ description: "How many agreements fall in one group." })
export class AgreementCount {
  @Field({ description: "The group: a market id, a kind, or a year (UNDATED for agreements without a date)." })
  key: string;

  @Field({ description: "The group's name: the market's name, the kind, or the year." })
  name: string;

  @Field(() => Int, { description: "How many agreements fall in the group." })
  count: number;
}
