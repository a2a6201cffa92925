import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import type { ParsedDate } from "../../model/edtf-date";
import { DateInput } from "./date-input.scalar";
import { EntityOrder } from "./enums";
import { IsNodeId } from "./is-node-id";
import { PageArgs } from "./page.args";
import { MAX_PAGE_SIZE } from "./page-size";

export { MAX_PAGE_SIZE };

@InputType({ description: "Filters for an entity list; all given filters must hold." })
export class EntityFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or an alias (case and accents ignored)." })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;

  @Field(() => String, { nullable: true, description: "Kind, e.g. MOU, PLANT, COUNTRY, BRAND." })
  @IsOptional()
  @Matches(/^[A-Z][A-Z_]*$/, { message: "kind must be an upper-case kind such as MOU, PLANT or COUNTRY" })
  kind?: string;

  @Field(() => String, { nullable: true, description: "Status, e.g. SIGNED, PLANNED, EXPLORING, OPERATING." })
  @IsOptional()
  @Matches(/^[A-Z][A-Z_]*$/, { message: "status must be an upper-case status such as SIGNED or PLANNED" })
  status?: string;

  @Field(() => DateInput, {
    nullable: true,
    description: "Keep entities whose main date ends on or after the first day of this date: 2024 keeps everything dated in 2024 or later.",
  })
  dateFrom?: ParsedDate;

  @Field(() => DateInput, {
    nullable: true,
    description: "Keep entities whose main date starts on or before the last day of this date: 2024 keeps everything dated in 2024 or earlier.",
  })
  dateTo?: ParsedDate;

  @Field(() => ID, { nullable: true, description: "Keep entities with a relationship to this node id; an id of no node is NOT_FOUND." })
  @IsOptional()
  @IsNodeId()
  relatedTo?: string;
}

@ArgsType()
export class ListArgs extends PageArgs {
  @Field(() => EntityFilter, { nullable: true, description: "Which entities to list; without it, all of the type." })
  @IsOptional()
  @ValidateNested()
  filter?: EntityFilter;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME_ASC, description: "The list's order; a cursor only pages the order it was made for." })
  orderBy: EntityOrder;
}
