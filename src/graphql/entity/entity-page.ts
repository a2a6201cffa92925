import type { GraphQLResolveInfo } from "graphql";
import { NotFoundError } from "../../errors";
import type { NodeLabel } from "../../model/graph-model";
import { ANY_NODE_LABEL } from "../../model/stored-properties";
import type { GraphRepository, ListQuery } from "../../repositories/graph.repository";
import type { Connection } from "../common/connection.type";
import { decodeCursor, encodeCursor } from "../common/cursor";
import { EntityOrder } from "../common/enums";
import type { ListArgs } from "../common/list.args";
import { readPageArguments } from "../common/page-request";
import { selectsField } from "../common/selects-field";
import { hydrateNode } from "../node/hydrate-node";
import type { Node } from "../node/node.interface";
import { planPrefetch } from "../prefetch/plan-prefetch";
import { checkFilter } from "./check-filter";

/** The list a connection's arguments ask for: the filter with its dates as the days they span, and the order. */
function listQueryOf(label: string, args: ListArgs): ListQuery {
  const { filter } = args;
  return {
    label: label as NodeLabel,
    byDate: args.orderBy === EntityOrder.DATE_ASC || args.orderBy === EntityOrder.DATE_DESC,
    descending: args.orderBy === EntityOrder.NAME_DESC || args.orderBy === EntityOrder.DATE_DESC,
    filter: {
      nameContains: filter?.nameContains,
      kind: filter?.kind,
      status: filter?.status,
      dateFrom: filter?.dateFrom?.start,
      dateTo: filter?.dateTo?.end,
      relatedTo: filter?.relatedTo,
    },
  };
}

/**
 * One page of an entity list as a Relay connection, by keyset on (sort key, id), read in one
 * statement with every relationship its selection nests below it and, when selected, its totalCount
 * and the pageInfo answers the page alone cannot give: first/after read forward, last/before read
 * backward (the scan is reversed in Cypher and the page reversed back). Ahead (the way the page is
 * read) one row more says whether the page has a neighbour; behind it, and ahead when a cursor bounds
 * the window there, the statement also asks whether a row lies at or beyond that cursor. A relatedTo
 * of no node is NOT_FOUND, so a typo never reads as "none"; only an empty page asks.
 */
export async function pageOfEntities<T extends Node>(
  repository: GraphRepository,
  label: string,
  args: ListArgs,
  info: GraphQLResolveInfo,
): Promise<Connection<T>> {
  checkFilter(label, args.filter);
  const request = readPageArguments(args);
  const query = listQueryOf(label, args);
  const after = request.after === null ? null : decodeCursor(request.after, args.orderBy, "after");
  const before = request.before === null ? null : decodeCursor(request.before, args.orderBy, "before");
  // The page, everything its selection nests below it and what pageInfo and totalCount need come in one statement.
  const steps = planPrefetch(info, label, ["edges", "node"]);
  const found = await repository.list(query, { after, before, backward: request.backward, limit: request.size + 1 }, steps, {
    withTotal: selectsField(info, "totalCount"),
    startCursor: selectsField(info, "pageInfo", "hasPreviousPage") ? after : null,
    endCursor: selectsField(info, "pageInfo", "hasNextPage") ? before : null,
  });
  // A row related to it proves the node exists; only an empty page costs the check.
  const { relatedTo } = query.filter;
  if (relatedTo && found.rows.length === 0 && !(await repository.findById(relatedTo))) throw new NotFoundError(ANY_NODE_LABEL, relatedTo);
  const more = found.rows.length > request.size;
  const page = found.rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((row) => ({ cursor: encodeCursor(args.orderBy, row.sortKey, row.node.properties.id as string), node: hydrateNode<T>(row.node) }));
  return {
    edges,
    totalCount: found.total ?? -1,
    pageInfo: {
      hasPreviousPage: found.rowsBeforeStart || (request.backward && more),
      hasNextPage: found.rowsAfterEnd || (!request.backward && more),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
