import { ArrayMaxSize, IsBase64, IsOptional, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { MENTION_RELATIONSHIP, type NodeLabel, type RelationshipType } from "../../model/graph-model";
import { Direction } from "../common/enums";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import { timelineKindEnum } from "./timeline-entry.type";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class PathArgs {
  @Field(() => ID)
  @MaxLength(200)
  from: string;

  @Field(() => ID)
  @MaxLength(200)
  to: string;

  @Field(() => Int, { defaultValue: 6, description: "Longest path to consider, 1 to 10 relationships." })
  @Min(1, { message: "maxHops must be at least 1" })
  @Max(10, { message: "maxHops must be at most 10" })
  maxHops: number;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], {
    nullable: true,
    description: `Only these relationship types (default: all but ${MENTION_RELATIONSHIP}).`,
  })
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
export class PathsArgs extends PathArgs {
  @Field(() => Int, { defaultValue: 10, description: "Page size, 1 to 50." })
  @Min(1, { message: "first must be at least 1" })
  @Max(50, { message: "first must be at most 50" })
  first: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  @IsOptional()
  @IsBase64(undefined, { message: "after must be a cursor returned by a previous page" })
  after?: string;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID)
  @MaxLength(200)
  id: string;

  @Field(() => Int, { defaultValue: 1, description: "How many hops out, 1 to 3." })
  @Min(1, { message: "depth must be at least 1" })
  @Max(3, { message: "depth must be at most 3" })
  depth: number;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], {
    nullable: true,
    description: `Only these relationship types (default: all but ${MENTION_RELATIONSHIP}).`,
  })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => [graphEnum(NODE_LABEL_ENUM)], { nullable: true, description: "Only reach nodes with these labels (the start node is always in)." })
  @IsOptional()
  labels?: NodeLabel[];

  @Field(() => Int, { defaultValue: 100, description: "At most this many nodes, 1 to 500; truncated says when the cap was hit." })
  @Min(1, { message: "limit must be at least 1" })
  @Max(500, { message: "limit must be at most 500" })
  limit: number;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => ID, { description: "The entity whose timeline to draw." })
  @MaxLength(200)
  entity: string;

  @Field(() => String, { nullable: true, description: "Keep facts whose date ends on or after this ISO day." })
  @IsOptional()
  @Matches(ISO_DAY, { message: "from must be an ISO date (YYYY-MM-DD)" })
  from?: string;

  @Field(() => String, { nullable: true, description: "Keep facts whose date starts on or before this ISO day." })
  @IsOptional()
  @Matches(ISO_DAY, { message: "to must be an ISO date (YYYY-MM-DD)" })
  to?: string;

  @Field(() => [timelineKindEnum()], { nullable: true, description: "Only these kinds of fact." })
  @IsOptional()
  kinds?: string[];
}

@ArgsType()
export class CommonConnectionsArgs {
  @Field(() => ID)
  @MaxLength(200)
  a: string;

  @Field(() => ID)
  @MaxLength(200)
  b: string;

  @Field(() => [graphEnum(RELATIONSHIP_TYPE_ENUM)], { nullable: true, description: "Only links of these types." })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => Int, { defaultValue: 50, description: "At most this many, 1 to 100." })
  @Min(1, { message: "first must be at least 1" })
  @Max(100, { message: "first must be at most 100" })
  first: number;
}
