import type { FactFilter } from "../../repositories/related-shape";
import { BadUserInputError, NotFoundError } from "../../errors";
import type { RelationshipType } from "../../model/graph-model";
import type { GraphRepository } from "../../repositories/graph.repository";
import type { NeighborhoodQuery, PathKind, PathQuery, PathRecord, TraversalRepository } from "../../repositories/traversal.repository";
import { isNodeId } from "../common/is-node-id";
import { linkFrom, toRelationship } from "../common/relationship.type";
import { modelTypes } from "../model/active-model";
import { hydrateNode } from "../node/hydrate-node";
import type { Connection } from "../common/connection.type";
import { decodeCursor, encodeCursor } from "../common/cursor";
import { buildTimeline, datedFactEntry, type TimelineFilter } from "./build-timeline";
import { readPageArguments, type PageArguments } from "../common/page-request";
import { CommonConnection } from "./common-connection.type";
import { Subgraph, SubgraphNode } from "./subgraph.type";
import type { TimelineEntry } from "./timeline-entry.type";

/** How many candidates an ambiguous name lists. */
const MAX_CANDIDATES = 10;

/**
 * The traversals that shape what they read: the neighborhood, and the timeline and common
 * connections of an entity. Resolvers stay thin: they check arguments and hand over to this
 * service, which reads through the repositories.
 */
export class TraversalService {
  constructor(
    private readonly traversal: TraversalRepository,
    private readonly graph: GraphRepository,
  ) {}

  /**
   * The node id a traversal endpoint names: an id as given, or the one node whose name or alias it
   * is (the lookup `company(name:)` uses). An unknown id or name is NOT_FOUND; a name several nodes
   * share is BAD_USER_INPUT listing them, so the caller can pick one id without another search.
   */
  async resolveEndpoint(ref: string, argument: string): Promise<string> {
    if (isNodeId(ref)) {
      const [record] = await this.traversal.nodes([ref]);
      if (!record) throw new NotFoundError("Node", ref);
      return ref;
    }
    const matches = await this.graph.findByName(ref, [], MAX_CANDIDATES + 1);
    if (matches.length === 0) throw new NotFoundError("A node named", ref);
    if (matches.length > 1) {
      const candidates = matches.slice(0, MAX_CANDIDATES).map((record) => record.properties.id as string);
      const count = matches.length > MAX_CANDIDATES ? `more than ${MAX_CANDIDATES}` : String(matches.length);
      throw new BadUserInputError(`${argument}: "${ref}" names ${count} nodes (${candidates.join(", ")}); give one of their ids.`, { argument, candidates });
    }
    return matches[0].properties.id as string;
  }

  /**
   * Like resolveEndpoint, but an id is taken as given, unchecked: for a traversal that reports an
   * unknown start itself, so that starting from an id costs no statement of its own.
   */
  async startOf(ref: string, argument: string): Promise<string> {
    return isNodeId(ref) ? ref : this.resolveEndpoint(ref, argument);
  }

  /**
   * The nodes and relationships within `depth` hops, breadth first, stopping once `limit` nodes are
   * reached: one statement whatever the depth (see TraversalRepository.neighborhood). An unknown
   * start id is NOT_FOUND.
   */
  async neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    const found = await this.traversal.neighborhood(query);
    if (!found) throw new NotFoundError("Node", query.id);
    return Object.assign(new Subgraph(), {
      nodes: found.nodes.map(({ depth, node }) => Object.assign(new SubgraphNode(), { depth, node: hydrateNode(node) })),
      edges: found.edges.map(toRelationship),
      truncated: found.truncated,
    });
  }

  /** Paths between two nodes (see TraversalRepository.paths); an unknown end is NOT_FOUND. */
  async paths(kind: PathKind, query: PathQuery): Promise<PathRecord[]> {
    const found = await this.traversal.paths(kind, query);
    if (found.missing.length > 0) throw new NotFoundError("Node", found.missing[0]);
    return found.paths;
  }

  /** The dated facts around an entity, each under the kind the model declares for its date, in date order. An unknown id is NOT_FOUND. */
  async entityTimeline(entity: string, filter: TimelineFilter): Promise<TimelineEntry[]> {
    const facts = await this.traversal.timelineFacts(entity, filter.facts);
    if (!facts) throw new NotFoundError("Node", entity);
    return buildTimeline(modelTypes().view, facts, filter);
  }

  /**
   * A page of every dated fact in the graph, in date order. The page is cut in the database on each
   * fact's sort key, so paging costs the same on the last page as on the first.
   */
  async graphTimeline(filter: Required<TimelineFilter>, args: PageArguments, order: string, withCount: boolean): Promise<Connection<TimelineEntry>> {
    const request = readPageArguments(args);
    const { size, backward } = request;
    const range = { from: filter.from?.start ?? null, to: filter.to?.end ?? null, kinds: filter.kinds ?? [] };
    const { facts: rows, total: totalCount } = await this.traversal.datedFacts({
      ...range,
      after: request.after !== null ? decodeCursor(request.after, order, "after").sortKey : null,
      before: request.before !== null ? decodeCursor(request.before, order, "before").sortKey : null,
      backward,
      limit: size + 1,
      withCount,
      filter: filter.facts,
    });
    const more = rows.length > size;
    const page = backward ? rows.slice(0, size).reverse() : rows.slice(0, size);
    const view = modelTypes().view;
    const edges = page.flatMap((row) => {
      const entry = datedFactEntry(view, row);
      return entry ? [{ cursor: encodeCursor(order, row.sortKey, ""), node: entry }] : [];
    });
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: backward ? request.before !== null : more,
        hasPreviousPage: backward ? more : request.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** The nodes both `a` and `b` link to, with the links from each side. An unknown end is NOT_FOUND. */
  async commonConnections(a: string, b: string, types: RelationshipType[], first: number, filter?: FactFilter): Promise<CommonConnection[]> {
    const { missing, connections } = await this.traversal.commonConnections(a, b, types, first, filter);
    if (missing.length > 0) throw new NotFoundError("Node", missing[0]);
    return connections.map((row) =>
      Object.assign(new CommonConnection(), {
        node: hydrateNode(row.node),
        viaA: row.viaA.map((edge) => linkFrom(a, edge, row.node)),
        viaB: row.viaB.map((edge) => linkFrom(b, edge, row.node)),
      }),
    );
  }
}
