import { BadUserInputError } from "../../errors";
import type { Connection } from "../common/connection.type";
import { decodeCursor, encodeCursor } from "../common/cursor";

/** The Relay paging arguments of a connection: first/after forwards, last/before backwards. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The page size a request asks for, and which way; first and last together are refused. */
export function pageDirection(request: PageRequest, defaultSize: number): { size: number; backward: boolean } {
  if (request.first != null && request.last != null) {
    throw new BadUserInputError("Give first (to page forwards) or last (to page backwards), not both.", { argument: "last" });
  }
  return request.last != null ? { size: request.last, backward: true } : { size: request.first ?? defaultSize, backward: false };
}

/**
 * A Relay page of a list already in its final order, with `keyOf` giving each item a unique key
 * that increases along the list. Cursors carry the key, so a page after a cursor stays right when
 * items are added elsewhere in the list; pageInfo says in both directions whether more items exist.
 */
export function pageSortedList<T>(items: T[], keyOf: (item: T) => string, order: string, request: PageRequest, defaultSize: number): Connection<T> {
  const { size, backward } = pageDirection(request, defaultSize);
  const after = request.after != null ? decodeCursor(request.after, order).sortKey : null;
  const before = request.before != null ? decodeCursor(request.before, order).sortKey : null;
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  const start = after === null ? 0 : keyed.findIndex(({ key }) => key > after) === -1 ? keyed.length : keyed.findIndex(({ key }) => key > after);
  const foundEnd = before === null ? -1 : keyed.findIndex(({ key }) => key >= before);
  const end = foundEnd === -1 ? keyed.length : Math.max(foundEnd, start);
  const from = backward ? Math.max(start, end - size) : start;
  const to = backward ? end : Math.min(end, start + size);
  const edges = keyed.slice(from, to).map(({ item, key }) => ({ cursor: encodeCursor(order, key, ""), node: item }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: to < keyed.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
