import { BadUserInputError } from "../../errors";
import { DEFAULT_PAGE_SIZE } from "./page-size";

/** The paging arguments of a connection, as the client gave them. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which end of the window between the cursors a page is taken from, and how many items it holds. */
export interface PageRequest {
  backward: boolean;
  size: number;
  after: string | null;
  before: string | null;
}

/**
 * Reads a connection's paging arguments the Relay way: `first` takes the window's first items,
 * `last` its last ones, and with neither the first DEFAULT_PAGE_SIZE. Giving both is
 * BAD_USER_INPUT (the spec discourages it and no client needs it). Cursors are kept as given, for
 * the caller to decode against its own order.
 */
export function readPageArguments(args: PageArguments): PageRequest {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError("Give first or last, not both: first pages forward from after, last pages back from before.", { argument: "last" });
  }
  const backward = args.last != null;
  return { backward, size: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE, after: args.after ?? null, before: args.before ?? null };
}
