import type { ParsedDate } from "../../model/edtf-date";
import { ArrayMaxSize, IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { MENTION_RELATIONSHIP, type NodeLabel, type RelationshipType } from "../../model/graph-model";
import { DateInput } from "../common/date-input.scalar";
import { Direction } from "../common/enums";
import { InRange } from "../common/in-range";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import { timelineKindEnum } from "./timeline-entry.type";

const NODE_REF = "An id (company:foton) or a name or alias (Foton), as company(name:) reads it; an ambiguous name is refused with its candidates.";
const REF_MESSAGE = { message: "$property must not be empty: give a node id such as company:foton, or a name" };

const typesDescription = `Only these relationship types (default: all but ${MENTION_RELATIONSHIP}).`;

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: `Where the path starts. ${NODE_REF}` })
  @IsNotEmpty(REF_MESSAGE)
  @MaxLength(200)
  from: string;

  @Field(() => ID, { description: `Where the path ends. ${NODE_REF}` })
  @IsNotEmpty(REF_MESSAGE)
  @MaxLength(200)
  to: string;

  @Field(() => Int, { defaultValue: 6, description: "Longest path to consider, 1 to 10 relationships." })
  @InRange(1, 10)
  maxHops: number;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], { nullable: true, description: typesDescription })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => Direction, {
    defaultValue: Direction.BOTH,
    description: "Follow relationships only forwards (OUTGOING), only backwards (INCOMING), or both ways.",
  })
  direction: Direction;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: `The start node. ${NODE_REF}` })
  @IsNotEmpty(REF_MESSAGE)
  @MaxLength(200)
  id: string;

  @Field(() => Int, { defaultValue: 1, description: "How many hops out, 1 to 3." })
  @InRange(1, 3)
  depth: number;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], { nullable: true, description: typesDescription })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => [graphEnum(NODE_LABEL_ENUM)], { nullable: true, description: "Only reach nodes with these labels (the start node is always in)." })
  @IsOptional()
  labels?: NodeLabel[];

  @Field(() => Int, { defaultValue: 100, description: "At most this many nodes, 1 to 500; truncated says when the cap was hit." })
  @InRange(1, 500)
  limit: number;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => ID, { nullable: true, description: `Only the dated facts around this entity; the whole graph's when left out. ${NODE_REF}` })
  @IsOptional()
  @IsNotEmpty(REF_MESSAGE)
  @MaxLength(200)
  entity?: string;

  @Field(() => DateInput, { nullable: true, description: 'Keep facts whose date ends on or after the start of this date ("2024" keeps June 2024).' })
  @IsOptional()
  from?: ParsedDate;

  @Field(() => DateInput, { nullable: true, description: 'Keep facts whose date starts on or before the end of this date ("2024" keeps June 2024).' })
  @IsOptional()
  to?: ParsedDate;

  @Field(() => [timelineKindEnum()], { nullable: true, description: "Only these kinds of fact." })
  @IsOptional()
  kinds?: string[];
}

@ArgsType()
export class CommonConnectionsArgs {
  @Field(() => ID, { description: `The first node. ${NODE_REF}` })
  @IsNotEmpty(REF_MESSAGE)
  @MaxLength(200)
  a: string;

  @Field(() => ID, { description: `The second node. ${NODE_REF}` })
  @IsNotEmpty(REF_MESSAGE)
  @MaxLength(200)
  b: string;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], { nullable: true, description: "Only links of these types." })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => Int, { defaultValue: 50, description: "At most this many, 1 to 100." })
  @InRange(1, 100)
  first: number;
}
