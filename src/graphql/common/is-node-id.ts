import { ValidateBy, type ValidationOptions } from "class-validator";
import { modelInUse } from "../../model/model-in-use";

/** Whether `value` has the shape of a node id of the model in use: a label in lower case, a colon and a slug (company:foton). */
export function isNodeId(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 200) return false;
  const match = /^([a-z][a-z0-9_]*):([^\s\p{Cc}]+)$/u.exec(value);
  return match !== null && modelInUse().labels.some((label) => label.toLowerCase() === match[1]);
}

/**
 * Refuses, as BAD_USER_INPUT, an argument that is not a node id: an empty string or a malformed id
 * never passes silently as "no filter" or "nothing found".
 */
export function IsNodeId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isNodeId",
      validator: {
        validate: (value) => isNodeId(value),
        defaultMessage: (args) => {
          // With { each: true } the value is the whole list; name the id that is wrong.
          const value: unknown = Array.isArray(args?.value) ? (args.value as unknown[]).find((item) => !isNodeId(item)) : args?.value;
          return `${args?.property ?? "id"} must be a node id such as company:foton (a label in lower case, a colon and a slug), not ${JSON.stringify(value)}`;
        },
      },
    },
    options,
  );
}
