import { ValidateBy, type ValidationOptions } from "class-validator";

/**
 * A number argument bounded on both sides, refused with one message that gives both bounds
 * ("first must be between 1 and 100"), so a client learns the allowed range from the first error.
 */
export function InRange(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "inRange",
      constraints: [min, max],
      validator: {
        validate: (value) => typeof value === "number" && value >= min && value <= max,
        defaultMessage: (args) => `${args?.property ?? "value"} must be between ${min} and ${max}`,
      },
    },
    options,
  );
}
