import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from "class-validator";
import { InRange } from "../common/in-range";
import { IsNodeId } from "../common/is-node-id";
import { ArgsType, Field, Float, ID, Int } from "type-graphql";
import { MENTION_RELATIONSHIP, type NodeLabel, type RelationshipType } from "../../model/graph-model";
import type { ValueOf } from "../../model/property-types";
import { FACT_ORIGIN } from "../../model/shared-enums";
import { Direction } from "../common/enums";
import { FactFilterArgs } from "../common/fact-filter.args";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";

type FactOrigin = ValueOf<{ type: typeof FACT_ORIGIN }>;

@ArgsType()
export class NodeIdArgs {
  @Field(() => ID, { description: "The global id, e.g. company:foton." })
  @IsNodeId()
  id: string;
}

@ArgsType()
export class NodeIdsArgs {
  @Field(() => [ID], { description: "Global ids, at most 100." })
  @ArrayMaxSize(100, { message: "ids takes at most 100 ids" })
  @IsNodeId({ each: true })
  ids: string[];
}

@ArgsType()
export class LookupArgs {
  @Field({ description: 'A name or alias; case, accents and punctuation are ignored ("foton" finds Beiqi Foton Motor Co.).' })
  @MinLength(1, { message: "name must not be empty" })
  @MaxLength(200, { message: "name must be at most 200 characters" })
  name: string;

  @Field(() => [graphEnum(NODE_LABEL_ENUM)], { nullable: true, description: "Only nodes with one of these labels." })
  @IsOptional()
  labels?: NodeLabel[];
}

@ArgsType()
export class RelationshipsArgs extends FactFilterArgs {
  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], { nullable: true, description: `Only these types (default: all but ${MENTION_RELATIONSHIP}).` })
  @IsOptional()
  types?: RelationshipType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Only relationships pointing this way from the node (default: both ways)." })
  direction: Direction;

  @Field(() => [graphEnum(NODE_LABEL_ENUM)], { nullable: true, description: "Only relationships to nodes with one of these labels." })
  @IsOptional()
  labels?: NodeLabel[];

  @Field(() => graphEnum(FACT_ORIGIN.name), { nullable: true, description: "Only facts of this origin." })
  @IsOptional()
  origin?: FactOrigin | null;

  @Field(() => Float, { nullable: true, description: "Only facts with at least this confidence, 0 to 1 (curated facts have 1)." })
  @IsOptional()
  @Min(0, { message: "minConfidence must be between 0 and 1" })
  @Max(1, { message: "minConfidence must be between 0 and 1" })
  minConfidence?: number | null;

  @Field(() => Int, { defaultValue: 100, description: "At most this many, 1 to 200." })
  @InRange(1, 200)
  first: number;
}
