import { ArrayMaxSize, IsOptional } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { MENTION_RELATIONSHIP, type NodeLabel, type RelationshipType } from "../../model/graph-model";
import { InRange } from "../common/in-range";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import { AgreementGrouping } from "./analytics.type";
import { RankableLabel } from "./rankable-label";

@ArgsType()
export class MostConnectedArgs {
  @Field(() => graphEnum(NODE_LABEL_ENUM), {
    description: "The label to rank. It must be one that a counted relationship type starts or ends at; any other is refused, naming those it can rank.",
  })
  @RankableLabel()
  label: NodeLabel;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], {
    nullable: true,
    description: `Count only these relationship types (default: all but ${MENTION_RELATIONSHIP}).`,
  })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => Int, { defaultValue: 10, description: "At most this many, 1 to 100." })
  @InRange(1, 100)
  first: number;
}

@ArgsType()
export class AgreementCountsArgs {
  @Field(() => AgreementGrouping, { description: "What to group the agreements by." })
  by: AgreementGrouping;

  @Field(() => Int, { defaultValue: 50, description: "At most this many groups, largest first (years in order), 1 to 500." })
  @InRange(1, 500)
  first: number;
}
