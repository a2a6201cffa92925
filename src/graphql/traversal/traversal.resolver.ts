import type { GraphQLResolveInfo } from "graphql";
import { Args, Info, Query, Resolver } from "type-graphql";
import { BadUserInputError, NotFoundError } from "../../errors";
import { TraversalRepository, type PathQuery } from "../../repositories/traversal.repository";
import { ConnectionType, type Connection } from "../common/connection.type";
import { decodeCursor, encodeCursor } from "../common/cursor";
import { readProvenance } from "../common/provenance.type";
import { selectsField } from "../common/selects-field";
import { factProperties } from "../common/relationship.type";
import { hydrateNode } from "../node/hydrate-node";
import { buildTimeline } from "./build-timeline";
import { CommonConnection } from "./common-connection.type";
import { Path, edgeFrom, toPath } from "./path.type";
import { GraphEdge, GraphNode, Subgraph } from "./subgraph.type";
import { TimelineEntry } from "./timeline-entry.type";
import { CommonConnectionsArgs, NeighborhoodArgs, PathArgs, PathsArgs, TimelineArgs } from "./traversal.args";

export const PathConnection = ConnectionType(Path, "Path");
const PATHS_ORDER = "SHORTEST_FIRST";

@Resolver()
export class TraversalResolver {
  constructor(private readonly traversal: TraversalRepository) {}

  private async requireIds(...ids: string[]): Promise<void> {
    const [missing] = await this.traversal.missingIds(ids);
    if (missing) throw new NotFoundError("Node", missing);
  }

  private async pathQuery(args: PathArgs): Promise<PathQuery> {
    await this.requireIds(args.from, args.to);
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
  async neighborhood(@Args() args: NeighborhoodArgs, @Info() info: GraphQLResolveInfo): Promise<Subgraph> {
    const withProperties = selectsField(info, "edges", "properties") || selectsField(info, "edges", "provenance");
    const [startRecord] = await this.traversal.nodes([args.id]);
    if (!startRecord) throw new NotFoundError("Node", args.id);
    const start = args.id;
    const nodes = new Map<string, GraphNode>([[start, toGraphNode(startRecord, 0)]]);
    const edges = new Map<string, GraphEdge>();
    let frontier = [start];
    let truncated = false;
    for (let depth = 1; depth <= args.depth && frontier.length > 0 && !truncated; depth += 1) {
      const rows = await this.traversal.neighbours(frontier, args.relationshipTypes ?? [], args.labels ?? [], args.limit * 20, withProperties);
      const next: string[] = [];
      for (const { edge, node } of rows) {
        const id = node.properties.id as string;
        if (!nodes.has(id)) {
          if (nodes.size >= args.limit) {
            truncated = true;
            continue;
          }
          nodes.set(id, toGraphNode(node, depth));
          next.push(id);
        }
        const edgeId = (edge.properties.id as string) ?? `${edge.source}-${edge.type}-${edge.target}`;
        if (nodes.has(edge.source) && nodes.has(edge.target) && !edges.has(edgeId)) edges.set(edgeId, toGraphEdge(edgeId, edge));
      }
      if (rows.length >= args.limit * 20) truncated = true;
      frontier = next;
    }
    return Object.assign(new Subgraph(), { nodes: [...nodes.values()], edges: [...edges.values()], truncated });
  }

  @Query(() => [TimelineEntry], { description: "The dated facts around an entity, in date order, each with its date's precision." })
  async timeline(@Args() args: TimelineArgs): Promise<TimelineEntry[]> {
    await this.requireIds(args.entity);
    return buildTimeline(args.entity, await this.traversal.timelineFacts(args.entity), args);
  }

  @Query(() => [CommonConnection], { description: "The nodes both a and b are linked to, and through which relationships." })
  async commonConnections(@Args() args: CommonConnectionsArgs): Promise<CommonConnection[]> {
    await this.requireIds(args.a, args.b);
    const rows = await this.traversal.commonConnections(args.a, args.b, args.relationshipTypes ?? [], args.first);
    return rows.map((row) => {
      const node = hydrateNode(row.node);
      return Object.assign(new CommonConnection(), {
        node,
        viaA: row.viaA.map((edge) => edgeFrom(args.a, edge, row.node)),
        viaB: row.viaB.map((edge) => edgeFrom(args.b, edge, row.node)),
      });
    });
  }
}

function toGraphNode(record: { label: string; properties: Record<string, unknown> }, depth: number): GraphNode {
  return Object.assign(new GraphNode(), {
    id: record.properties.id,
    label: record.label,
    name: (record.properties.name as string) ?? (record.properties.id as string),
    depth,
  });
}

function toGraphEdge(id: string, edge: { type: string; properties: Record<string, unknown>; source: string; target: string }): GraphEdge {
  return Object.assign(new GraphEdge(), {
    id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    properties: factProperties(edge.properties),
    provenance: readProvenance(edge.properties),
  });
}
