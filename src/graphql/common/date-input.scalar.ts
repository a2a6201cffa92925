import { GraphQLScalarType, Kind } from "graphql";
import { BadUserInputError } from "../../errors";
import { parseEdtfDate, type ParsedDate } from "../../model/edtf-date";

/** The hint every refused date gets: what a date looks like here. */
const DATE_FORMS = "give a year (2024), a month (2024-06), a season (2024-21 is spring 2024) or a day (2024-06-04) that exists";

/**
 * Reads a date argument into the span it means. Every date argument of the API goes through this one
 * rule, so partial dates are accepted everywhere the model stores them, an impossible day is refused
 * everywhere, and filters compare by the first and last day the date can mean.
 */
export function readDateInput(value: unknown): ParsedDate {
  const parsed = typeof value === "string" ? parseEdtfDate(value.trim()) : null;
  if (!parsed) throw new BadUserInputError(`${JSON.stringify(value)} is not a date: ${DATE_FORMS}.`);
  return parsed;
}

export const DateInput = new GraphQLScalarType<ParsedDate, string>({
  name: "DateInput",
  description:
    "A date as precise as you know it, in EDTF (ISO 8601-2): a year (2024), a month (2024-06), a season (2024-21 spring, -22 summer, -23 autumn, -24 winter) or a day (2024-06-04). Filters compare by the first and last day the date can mean, so a filter to 2024 finds facts dated June 2024.",
  specifiedByURL: "https://www.loc.gov/standards/datetime/",
  serialize: (value) => (value as ParsedDate).value,
  parseValue: (value) => readDateInput(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError(`A date is a string: ${DATE_FORMS}.`);
    return readDateInput(ast.value);
  },
});
