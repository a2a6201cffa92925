import { BadUserInputError } from "../../errors";

/**
 * An opaque cursor for keyset pagination: the order it was made for, the row's sort key and its id.
 * Carrying the order lets a cursor from one ordering be refused by another instead of giving a wrong page.
 */
export function encodeCursor(order: string, sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([order, sortKey, id]), "utf8").toString("base64");
}

export function decodeCursor(cursor: string, order: string): { sortKey: string; id: string } {
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
  } catch {
    // reported below
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === "string")) {
    throw new BadUserInputError("after is not a cursor this API returned; pass the endCursor of the previous page.", { argument: "after" });
  }
  if (value[0] !== order) {
    throw new BadUserInputError(`after was returned for orderBy ${value[0]}, not ${order}; page with the same orderBy, or start again without after.`, {
      argument: "after",
    });
  }
  return { sortKey: value[1], id: value[2] };
}
