import type { GraphQLResolveInfo } from "graphql";
import { Args, Info, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../../errors";
import { TraversalRepository, type PathQuery } from "../../repositories/traversal.repository";
import { ConnectionType, type Connection } from "../common/connection.type";
import { decodeCursor, encodeCursor } from "../common/cursor";
import { selectsField } from "../common/selects-field";
import { CommonConnection } from "./common-connection.type";
import { Path, toPath } from "./path.type";
import { Subgraph } from "./subgraph.type";
import { TimelineEntry } from "./timeline-entry.type";
import { CommonConnectionsArgs, NeighborhoodArgs, PathArgs, PathsArgs, TimelineArgs } from "./traversal.args";
import { TraversalService } from "./traversal.service";

export const PathConnection = ConnectionType(Path, "Path");
const PATHS_ORDER = "SHORTEST_FIRST";

@Resolver()
export class TraversalResolver {
  constructor(
    private readonly traversal: TraversalRepository,
    private readonly service: TraversalService,
  ) {}

  private async pathQuery(args: PathArgs): Promise<PathQuery> {
    await this.service.requireIds(args.from, args.to);
    return { from: args.from, to: args.to, maxHops: args.maxHops, types: args.relationshipTypes ?? [], direction: args.direction };
  }

  @Query(() => Path, { nullable: true, description: "A shortest path between two nodes, or null when none is within maxHops." })
  async shortestPath(@Args() args: PathArgs): Promise<Path | null> {
    if (args.from === args.to) throw new BadUserInputError("from and to are the same node; give two different ids.", { argument: "to" });
    const path = await this.traversal.shortestPath(await this.pathQuery(args));
    return path ? toPath(path) : null;
  }

  @Query(() => [Path], { description: "Every shortest path between two nodes; empty when none is within maxHops." })
  async allShortestPaths(@Args() args: PathArgs): Promise<Path[]> {
    if (args.from === args.to) throw new BadUserInputError("from and to are the same node; give two different ids.", { argument: "to" });
    return (await this.traversal.allShortestPaths(await this.pathQuery(args))).map(toPath);
  }

  @Query(() => PathConnection, { description: "Simple paths (no node twice) between two nodes, shortest first, paged; the first 200 are reachable." })
  async paths(@Args() args: PathsArgs): Promise<Connection<Path>> {
    if (args.from === args.to) throw new BadUserInputError("from and to are the same node; give two different ids.", { argument: "to" });
    const offset = args.after ? Number(decodeCursor(args.after, PATHS_ORDER).sortKey) + 1 : 0;
    const all = await this.traversal.simplePaths(await this.pathQuery(args));
    const page = all.slice(offset, offset + args.first);
    const edges = page.map((path, index) => ({ cursor: encodeCursor(PATHS_ORDER, String(offset + index), ""), node: toPath(path) }));
    return {
      edges,
      totalCount: all.length,
      pageInfo: {
        hasNextPage: offset + args.first < all.length,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => Subgraph, { description: "The nodes and edges within depth hops of a node, deduplicated and ready to draw." })
  neighborhood(@Args() args: NeighborhoodArgs, @Info() info: GraphQLResolveInfo): Promise<Subgraph> {
    const withProperties = selectsField(info, "edges", "properties") || selectsField(info, "edges", "provenance");
    return this.service.neighborhood({
      id: args.id,
      depth: args.depth,
      types: args.relationshipTypes ?? [],
      labels: args.labels ?? [],
      limit: args.limit,
      withProperties,
    });
  }

  @Query(() => [TimelineEntry], { description: "The dated facts around an entity, in date order, each with its date's precision." })
  timeline(@Args() args: TimelineArgs): Promise<TimelineEntry[]> {
    return this.service.timeline(args.entity, args);
  }

  @Query(() => [CommonConnection], { description: "The nodes both a and b are linked to, and through which relationships." })
  commonConnections(@Args() args: CommonConnectionsArgs): Promise<CommonConnection[]> {
    return this.service.commonConnections(args.a, args.b, args.relationshipTypes ?? [], args.first);
  }
}
