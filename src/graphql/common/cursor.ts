import { BadUserInputError } from "../../errors";

/** An opaque cursor for keyset pagination: the row's sort key and id. */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), "utf8").toString("base64");
}

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string") {
      return { sortKey: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError("after is not a cursor this API returned; pass the endCursor of the previous page.", { argument: "after" });
}
