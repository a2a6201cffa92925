import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface";

export enum AgreementGrouping {
  MARKET = "MARKET",
  KIND = "KIND",
  YEAR = "YEAR",
}

registerEnumType(AgreementGrouping, { name: "AgreementGrouping", description: "How to group agreements when counting them." });

@ObjectType({ description: "A node with its number of relationships." })
export class RankedNode {
  @Field(() => Node)
  node: Node;

  @Field(() => Int)
  degree: number;
}

@ObjectType({ description: "How many agreements fall in one group." })
export class AgreementCount {
  @Field({ description: "The group: a market id, a kind, or a year (UNDATED for agreements without a date)." })
  key: string;

  @Field({ description: "The group's name: the market's name, the kind, or the year." })
  name: string;

  @Field(() => Int)
  count: number;
}
