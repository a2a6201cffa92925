import { MAX_PAGE_SIZE } from "./page-size";
import { IsBase64, IsISO8601, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { EntityOrder } from "./enums";

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

  @Field(() => String, { nullable: true, description: "Keep entities whose main date ends on or after this ISO date." })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "dateFrom must be an ISO date (YYYY-MM-DD) such as 2022-01-01" })
  @IsISO8601({ strict: true }, { message: "dateFrom must be a real calendar date (YYYY-MM-DD) such as 2022-01-01" })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: "Keep entities whose main date starts on or before this ISO date." })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "dateTo must be an ISO date (YYYY-MM-DD) such as 2024-12-31" })
  @IsISO8601({ strict: true }, { message: "dateTo must be a real calendar date (YYYY-MM-DD) such as 2024-12-31" })
  dateTo?: string;

  @Field(() => ID, { nullable: true, description: "Keep entities with a relationship to this node id." })
  @IsOptional()
  @MaxLength(200)
  relatedTo?: string;
}

@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: "first must be at least 1" })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  @IsOptional()
  @IsBase64(undefined, { message: "after must be a cursor returned by a previous page" })
  after?: string;

  @Field(() => EntityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EntityFilter;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME_ASC })
  orderBy: EntityOrder;
}
