import { IsOptional } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import type { ParsedDate } from "../../model/edtf-date";
import { DateInput } from "./date-input.scalar";

/** The argument of a property that changes over time: the date whose value to answer. */
@ArgsType()
export class PropertyAsOfArgs {
  @Field(() => DateInput, {
    nullable: true,
    description:
      "Answer the value that held then: the latest stated value that began on or before the last day of this date (a year, month, season or day); null when none had. Without it, the value the graph holds: the latest one its sources date.",
  })
  @IsOptional()
  asOf?: ParsedDate | null;
}
