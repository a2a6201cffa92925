import { Field, ObjectType } from "type-graphql";
import { DatePrecision } from "./enums";

@ObjectType({ description: "A date as precise as its source: a day, a month, a season or a year." })
export class PartialDate {
  @Field({ description: "EDTF (ISO 8601-2) form: 2024-06-04, 2021-01, 2023-21 (spring 2023), 2022." })
  value: string;

  @Field(() => DatePrecision, { description: "How precise the date is: a day, a month, a season or a year." })
  precision: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The words of the source, e.g. "Spring 2023" or "June 3".' })
  text: string | null;

  @Field({ description: "First day the date can mean (ISO date)." })
  start: string;

  @Field({ description: "Last day the date can mean (ISO date)." })
  end: string;

  @Field({ description: 'True when part of the date (such as the year of "June 3") comes from the article\'s context.' })
  inferred: boolean;
}

/** Reads the flattened date properties `<name>`, `<name>_precision`, ... back into a PartialDate. */
export function readPartialDate(properties: Record<string, unknown>, name: string): PartialDate | null {
  const value = properties[name];
  if (typeof value !== "string") return null;
  return Object.assign(new PartialDate(), {
    value,
    precision: properties[`${name}_precision`] as DatePrecision,
    text: (properties[`${name}_text`] as string | undefined) ?? null,
    start: properties[`${name}_start`] as string,
    end: properties[`${name}_end`] as string,
    inferred: properties[`${name}_inferred`] === true,
  });
}
