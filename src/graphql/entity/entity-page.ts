import type { GraphQLResolveInfo } from "graphql";
import { NotFoundError } from "../../errors";
import type { NodeLabel } from "../../model/graph-model";
import { ANY_NODE_LABEL } from "../../model/stored-properties";
import type { GraphRepository, ListCursor, ListQuery } from "../../repositories/graph.repository";
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

/** One side of a page: the cursor bounding the window there, if any, and the pageInfo field that tells of it. */
interface Side {
  cursor: ListCursor | null;
  towards: "start" | "end";
  field: "hasPreviousPage" | "hasNextPage";
}

/**
 * One page of an entity list as a Relay connection, by keyset on (sort key, id), read with every
 * relationship its selection nests below it in one statement: first/after read
 * forward, last/before read backward (the scan is reversed in Cypher and the page reversed back).
 * Ahead (the way the page is read) one row more says whether the page has a neighbour; behind it,
 * and ahead when a cursor bounds the window there, a query asks whether a row lies at or beyond that
 * cursor, only when pageInfo selects the answer. A relatedTo of no node is NOT_FOUND, so a typo never
 * reads as "none".
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
  const start: Side = { cursor: after, towards: "start", field: "hasPreviousPage" };
  const end: Side = { cursor: before, towards: "end", field: "hasNextPage" };
  const [ahead, behind] = request.backward ? [start, end] : [end, start];
  const beyond = (side: Side) =>
    side.cursor && selectsField(info, "pageInfo", side.field) ? repository.hasRowBeyond(query, side.cursor, side.towards) : Promise.resolve(false);
  if (query.filter.relatedTo && !(await repository.findById(query.filter.relatedTo))) throw new NotFoundError(ANY_NODE_LABEL, query.filter.relatedTo);
  // The page and everything its selection nests below it come in one statement.
  const steps = planPrefetch(info, label, ["edges", "node"]);
  const [rows, totalCount, behindMore] = await Promise.all([
    repository.list(query, { after, before, backward: request.backward, limit: request.size + 1 }, steps),
    selectsField(info, "totalCount") ? repository.count(query) : Promise.resolve(-1),
    beyond(behind),
  ]);
  const aheadMore = rows.length > request.size || (await beyond(ahead));
  const page = rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((row) => ({ cursor: encodeCursor(args.orderBy, row.sortKey, row.node.properties.id as string), node: hydrateNode<T>(row.node) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasPreviousPage: request.backward ? aheadMore : behindMore,
      hasNextPage: request.backward ? behindMore : aheadMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
