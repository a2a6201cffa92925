import { FactFilterArgs, factFilterOf } from "../common/fact-filter.args";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Info, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../../errors";
import type { PathQuery } from "../../repositories/traversal.repository";
import { ConnectionType, type Connection } from "../common/connection.type";
import { PageArgs } from "../common/page.args";
import { pageOfList } from "../common/page-of-list";
import { selectsField } from "../common/selects-field";
import { CommonConnection } from "./common-connection.type";
import { Path, toPath } from "./path.type";
import { Subgraph } from "./subgraph.type";
import { TimelineEntry } from "./timeline-entry.type";
import { CommonConnectionsArgs, NeighborhoodArgs, PathArgs, TimelineArgs } from "./traversal.args";
import { TraversalService } from "./traversal.service";

export const PathConnection = ConnectionType(Path, "Path");
export const TimelineConnection = ConnectionType(TimelineEntry, "Timeline");
const PATHS_ORDER = "SHORTEST_FIRST";
const TIMELINE_ORDER = "DATE";

@Resolver()
export class TraversalResolver {
  constructor(private readonly service: TraversalService) {}

  /** The path query of the arguments; ends given by id are checked by the path statement itself. */
  private async pathQuery(args: PathArgs, facts: FactFilterArgs): Promise<PathQuery> {
    const [from, to] = [await this.service.startOf(args.from, "from"), await this.service.startOf(args.to, "to")];
    if (from === to) throw new BadUserInputError("from and to are the same node; give two different nodes.", { argument: "to" });
    return { from, to, maxHops: args.maxHops, types: args.relationshipTypes ?? [], direction: args.direction, filter: factFilterOf(facts) };
  }

  @Query(() => Path, { nullable: true, description: "A shortest path between two nodes, or null when none is within maxHops." })
  async shortestPath(@Args() args: PathArgs, @Args() facts: FactFilterArgs): Promise<Path | null> {
    const [path] = await this.service.paths("find-shortest-path", await this.pathQuery(args, facts));
    return path ? toPath(path) : null;
  }

  @Query(() => [Path], { nullable: true, description: "Every shortest path between two nodes; empty when none is within maxHops." })
  async allShortestPaths(@Args() args: PathArgs, @Args() facts: FactFilterArgs): Promise<Path[]> {
    return (await this.service.paths("find-all-shortest-paths", await this.pathQuery(args, facts))).map(toPath);
  }

  @Query(() => PathConnection, {
    nullable: true,
    description: "Simple paths (no node twice) between two nodes, shortest first, as a Relay connection; the first 200 are reachable.",
  })
  async paths(@Args() args: PathArgs, @Args() page: PageArgs, @Args() facts: FactFilterArgs): Promise<Connection<Path>> {
    const found = pageOfList(await this.service.paths("find-paths", await this.pathQuery(args, facts)), page, PATHS_ORDER);
    return { ...found, edges: found.edges.map((edge) => ({ cursor: edge.cursor, node: toPath(edge.node) })) };
  }

  @Query(() => Subgraph, { nullable: true, description: "The nodes and relationships within depth hops of a node, deduplicated and ready to draw." })
  async neighborhood(@Args() args: NeighborhoodArgs, @Args() facts: FactFilterArgs): Promise<Subgraph> {
    return this.service.neighborhood({
      id: await this.service.startOf(args.id, "id"),
      depth: args.depth,
      types: args.relationshipTypes ?? [],
      labels: args.labels ?? [],
      limit: args.limit,
      filter: factFilterOf(facts),
    });
  }

  @Query(() => TimelineConnection, {
    nullable: true,
    description:
      "Dated facts in date order, each with its date's precision: those around one entity, or every dated fact in the graph when entity is left out. A Relay connection.",
  })
  async timeline(
    @Args() args: TimelineArgs,
    @Args() page: PageArgs,
    @Args() facts: FactFilterArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<TimelineEntry>> {
    const filter = { from: args.from ?? null, to: args.to ?? null, kinds: args.kinds ?? [], facts: factFilterOf(facts) };
    if (args.entity != null) {
      const entity = await this.service.startOf(args.entity, "entity");
      // A cursor names the timeline it pages, so it cannot be used on another entity's.
      return pageOfList(await this.service.entityTimeline(entity, filter), page, `${TIMELINE_ORDER} OF ${entity}`);
    }
    return this.service.graphTimeline(filter, page, TIMELINE_ORDER, selectsField(info, "totalCount"));
  }

  @Query(() => [CommonConnection], { nullable: true, description: "The nodes both a and b are linked to, and through which relationships." })
  async commonConnections(@Args() args: CommonConnectionsArgs, @Args() facts: FactFilterArgs): Promise<CommonConnection[]> {
    const [a, b] = [await this.service.startOf(args.a, "a"), await this.service.startOf(args.b, "b")];
    return this.service.commonConnections(a, b, args.relationshipTypes ?? [], args.first, factFilterOf(facts));
  }
}
