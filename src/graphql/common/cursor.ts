import { BadUserInputError } from "../../errors";

/** The two arguments that take a cursor: `after` pages forward from an endCursor, `before` pages back from a startCursor. */
export type CursorArgument = "after" | "before";

const CURSOR_SOURCE: Record<CursorArgument, string> = {
  after: "the pageInfo.endCursor (or an edge's cursor) of a page",
  before: "the pageInfo.startCursor (or an edge's cursor) of a page",
};

/**
 * An opaque cursor for keyset pagination: the order it was made for, the row's sort key and its id.
 * Carrying the order lets a cursor from one ordering be refused by another instead of giving a wrong page.
 */
export function encodeCursor(order: string, sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([order, sortKey, id]), "utf8").toString("base64");
}

/**
 * Reads a cursor given as `argument` back into its sort key and id. An empty cursor, one this API did
 * not make and one made for another order are all BAD_USER_INPUT naming the argument: none of them
 * may quietly give the first page or a page of another order.
 */
export function decodeCursor(cursor: string, order: string, argument: CursorArgument = "after"): { sortKey: string; id: string } {
  if (!cursor) {
    throw new BadUserInputError(`${argument} must not be empty: pass ${CURSOR_SOURCE[argument]}, or leave ${argument} out.`, { argument });
  }
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
  } catch {
    // reported below
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === "string")) {
    throw new BadUserInputError(`${argument} is not a cursor this API returned; pass ${CURSOR_SOURCE[argument]}.`, { argument });
  }
  if (value[0] !== order) {
    throw new BadUserInputError(
      `${argument} was returned for orderBy ${value[0]}, not ${order}; page with the same orderBy, or start again without ${argument}.`,
      { argument },
    );
  }
  return { sortKey: value[1], id: value[2] };
}
