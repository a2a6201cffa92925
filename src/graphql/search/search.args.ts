import { IsOptional, MaxLength, MinLength } from "class-validator";
import { InRange } from "../common/in-range";
import { ArgsType, Field, Int } from "type-graphql";
import type { NodeLabel } from "../../model/graph-model";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM } from "../model/model-enums";
import { MAX_PAGE_SIZE } from "../common/list.args";

@ArgsType()
export class SearchArgs {
  @Field({ description: "Words to find in names, aliases, descriptions and document text (accents ignored)." })
  @MinLength(1, { message: "text must not be empty" })
  @MaxLength(500, { message: "text must be at most 500 characters" })
  text: string;

  @Field(() => [graphEnum(NODE_LABEL_ENUM)], { nullable: true, description: "Only nodes with one of these labels." })
  @IsOptional()
  types?: NodeLabel[];

  @Field(() => Int, { defaultValue: 20, description: `At most this many results, 1 to ${MAX_PAGE_SIZE}.` })
  @InRange(1, MAX_PAGE_SIZE)
  first: number;
}
