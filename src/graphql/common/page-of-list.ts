import { BadUserInputError } from "../../errors";
import type { Connection } from "./connection.type";
import { decodeCursor, encodeCursor, type CursorArgument } from "./cursor";
import { readPageArguments, type PageArguments } from "./page-request";

/** The position a cursor of an in-memory list stands for; a cursor that holds anything else was not made here. */
function positionOf(cursor: string, order: string, argument: CursorArgument): number {
  const { sortKey, id } = decodeCursor(cursor, order, argument);
  if (!/^\d{1,9}$/.test(sortKey) || id !== "") {
    throw new BadUserInputError(`${argument} is not a cursor of this list; pass a cursor this list returned, or leave ${argument} out.`, { argument });
  }
  return Number(sortKey);
}

/**
 * One page of a list already read and sorted in memory (paths, timeline entries), as a Relay
 * connection. Cursors are positions in the list under `order` (the name of the list's ordering), so
 * a cursor made for another order is refused rather than read as a position. `first`/`after` page
 * forward, `last`/`before` page back, and pageInfo says exactly whether items come before and after
 * the page, since the whole list is at hand.
 */
export function pageOfList<T>(items: readonly T[], args: PageArguments, order: string): Connection<T> {
  const request = readPageArguments(args);
  const windowStart = request.after === null ? 0 : Math.min(items.length, positionOf(request.after, order, "after") + 1);
  const windowEnd = request.before === null ? items.length : Math.max(windowStart, Math.min(items.length, positionOf(request.before, order, "before")));
  const start = request.backward ? Math.max(windowStart, windowEnd - request.size) : windowStart;
  const end = request.backward ? windowEnd : Math.min(windowEnd, windowStart + request.size);
  const edges = items.slice(start, end).map((node, index) => ({ cursor: encodeCursor(order, String(start + index), ""), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
