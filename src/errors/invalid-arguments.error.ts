import type { ValidationError } from "class-validator";
import { BadUserInputError } from "./bad-user-input.error";

/** One argument, or input field, that broke its constraints: its path and the message of each constraint it broke. */
export interface ArgumentProblem {
  argument: string;
  constraints: Record<string, string>;
}

/** A constraint message names the field by its own name ("dateFrom must be..."); it is renamed by its path ("filter.dateFrom must be..."). */
function byPath(constraints: Record<string, string>, property: string, path: string): Record<string, string> {
  if (property === path) return constraints;
  return Object.fromEntries(
    Object.entries(constraints).map(([name, message]) => [name, message.startsWith(`${property} `) ? path + message.slice(property.length) : message]),
  );
}

/**
 * Flattens class-validator's tree of failures into one problem per argument or input field, named by
 * its path (`first`, `filter.dateFrom`, `items[0].name`). Only the names and the constraint messages
 * are kept: never the values sent, nor the object they were sent in.
 */
export function argumentProblems(errors: readonly ValidationError[], prefix = ""): ArgumentProblem[] {
  return errors.flatMap((error) => {
    const property = String(error.property);
    const path = /^\d+$/.test(property) ? `${prefix}[${property}]` : prefix ? `${prefix}.${property}` : property;
    const own = error.constraints ? [{ argument: path, constraints: byPath(error.constraints, property, path) }] : [];
    return [...own, ...argumentProblems(error.children ?? [], path)];
  });
}

/**
 * Arguments that broke their class-validator constraints. The message is what was wrong, every
 * constraint message once, joined with "; " ("first must be between 1 and 100"); `extensions.problems`
 * gives the same per argument for programs.
 */
export class InvalidArgumentsError extends BadUserInputError {
  constructor(readonly problems: ArgumentProblem[]) {
    const messages = [...new Set(problems.flatMap((problem) => Object.values(problem.constraints)))];
    super(messages.length > 0 ? messages.join("; ") : "The arguments are not valid", { problems });
    this.name = "InvalidArgumentsError";
  }
}
