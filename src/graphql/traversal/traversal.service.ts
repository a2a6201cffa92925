import { NotFoundError } from "../../errors";
import type { NodeLabel, RelationshipType } from "../../model/graph-model";
import type { EdgeRecord, NodeRecord } from "../../repositories/traversal.repository";
import type { TraversalRepository } from "../../repositories/traversal.repository";
import { factProperties } from "../common/relationship.type";
import { readProvenance } from "../common/provenance.type";
import { modelTypes } from "../model/active-model";
import { hydrateNode } from "../node/hydrate-node";
import { buildTimeline, type TimelineFilter } from "./build-timeline";
import { CommonConnection } from "./common-connection.type";
import { edgeFrom } from "./path.type";
import { GraphEdge, GraphNode, Subgraph } from "./subgraph.type";
import type { TimelineEntry } from "./timeline-entry.type";

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  types: RelationshipType[];
  labels: NodeLabel[];
  limit: number;
  /** Read each edge's properties and provenance too (only when the request selects them). */
  withProperties: boolean;
}

function toGraphNode(record: NodeRecord, depth: number): GraphNode {
  return Object.assign(new GraphNode(), {
    id: record.properties.id,
    label: record.label,
    name: (record.properties.name as string) ?? (record.properties.id as string),
    depth,
  });
}

function toGraphEdge(id: string, edge: EdgeRecord): GraphEdge {
  return Object.assign(new GraphEdge(), {
    id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    properties: factProperties(edge.properties),
    provenance: readProvenance(edge.properties),
  });
}

/**
 * The traversals that assemble more than one read: the neighborhood walk (level by level, capped)
 * and the timeline and common connections of an entity. Resolvers stay thin: they check arguments
 * and hand over to this service, which reads through the TraversalRepository.
 */
export class TraversalService {
  constructor(private readonly traversal: TraversalRepository) {}

  /** Throws NOT_FOUND naming the first of these ids that is not in the graph. */
  async requireIds(...ids: string[]): Promise<void> {
    const [missing] = await this.traversal.missingIds(ids);
    if (missing) throw new NotFoundError("Node", missing);
  }

  /** The nodes and edges within `depth` hops, breadth first, stopping once `limit` nodes are reached. */
  async neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    const [startRecord] = await this.traversal.nodes([query.id]);
    if (!startRecord) throw new NotFoundError("Node", query.id);
    const nodes = new Map<string, GraphNode>([[query.id, toGraphNode(startRecord, 0)]]);
    const edges = new Map<string, GraphEdge>();
    let frontier = [query.id];
    let truncated = false;
    for (let depth = 1; depth <= query.depth && frontier.length > 0 && !truncated; depth += 1) {
      const rows = await this.traversal.neighbors(frontier, query.types, query.labels, query.limit * 20, query.withProperties);
      const next: string[] = [];
      for (const { edge, node } of rows) {
        const id = node.properties.id as string;
        if (!nodes.has(id)) {
          if (nodes.size >= query.limit) {
            truncated = true;
            continue;
          }
          nodes.set(id, toGraphNode(node, depth));
          next.push(id);
        }
        const edgeId = (edge.properties.id as string) ?? `${edge.source}-${edge.type}-${edge.target}`;
        if (nodes.has(edge.source) && nodes.has(edge.target) && !edges.has(edgeId)) edges.set(edgeId, toGraphEdge(edgeId, edge));
      }
      if (rows.length >= query.limit * 20) truncated = true;
      frontier = next;
    }
    return Object.assign(new Subgraph(), { nodes: [...nodes.values()], edges: [...edges.values()], truncated });
  }

  /** The dated facts around an entity, each under the kind the model declares for its date. */
  async timeline(entity: string, filter: TimelineFilter): Promise<TimelineEntry[]> {
    await this.requireIds(entity);
    return buildTimeline(modelTypes().view, entity, await this.traversal.timelineFacts(entity), filter);
  }

  /** The nodes both `a` and `b` link to, with the links from each side. */
  async commonConnections(a: string, b: string, types: RelationshipType[], first: number): Promise<CommonConnection[]> {
    await this.requireIds(a, b);
    const rows = await this.traversal.commonConnections(a, b, types, first);
    return rows.map((row) =>
      Object.assign(new CommonConnection(), {
        node: hydrateNode(row.node),
        viaA: row.viaA.map((edge) => edgeFrom(a, edge, row.node)),
        viaB: row.viaB.map((edge) => edgeFrom(b, edge, row.node)),
      }),
    );
  }
}
