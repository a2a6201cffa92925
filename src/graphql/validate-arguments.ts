import { validateOrReject, type ValidationError, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

/** class-validator's options as type-graphql sets them: an argument left out is not checked, and an object of a class without rules passes. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * Checks an argument (an @Args class, an input object, or a list of them) against its
 * class-validator rules exactly as type-graphql's own validation does, failing with its
 * ArgumentValidationError. It is given to type-graphql as validateFn because type-graphql's own
 * validation requires class-validator again on every call, and Node resolving that module's path
 * each time costs more than the validation itself.
 */
export async function validateArguments(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
