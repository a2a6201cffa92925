import { renderCypher, type RenderedCypher } from "../db/cypher-library";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { datedFactParams } from "./dated-facts";
import type { NodeLabel, RelationshipType } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import type { GraphRepository } from "./graph.repository";
import type { NodeRecord } from "./node-record";
import { readNodeRecord, readProjected, type ProjectedMap } from "./projection";

export type { NodeRecord };

/** A relationship as a traversal returns it: its type, properties and the ids of its two ends. */
export interface EdgeRecord {
  type: string;
  properties: Record<string, unknown>;
  source: string;
  target: string;
}

export interface PathRecord {
  nodes: NodeRecord[];
  relationships: EdgeRecord[];
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  types: RelationshipType[];
  direction: "OUTGOING" | "INCOMING" | "BOTH";
}

/** The filters and page of the graph-wide timeline; `after`/`before` are sort keys from earlier pages. */
export interface DatedFactsQuery {
  from: string | null;
  to: string | null;
  kinds: string[];
  after: string | null;
  before: string | null;
  backward: boolean;
  limit: number;
}

/** One dated fact: the node holding the date, or the relationship holding it with the node it points to. */
export interface DatedFactRecord {
  node: NodeRecord;
  via: (EdgeRecord & { sourceName: string | null }) | null;
  property: string;
  kind: string;
  sortKey: string;
}

const datedFactStatements = new Map<string, RenderedCypher>();

/** The list or count statement of the graph-wide timeline, rendered once around the shared dated-facts template. */
function datedFactStatement(template: "list-dated-facts" | "count-dated-facts"): RenderedCypher {
  let statement = datedFactStatements.get(template);
  if (!statement) {
    statement = { template, text: renderCypher(template, { datedFacts: renderCypher("dated-facts", {}) }) };
    datedFactStatements.set(template, statement);
  }
  return statement;
}

export type AgreementGrouping = "MARKET" | "KIND" | "YEAR";

const AGREEMENT_COUNT_QUERIES: Record<AgreementGrouping, string> = {
  MARKET: "count-agreements-by-market",
  KIND: "count-agreements-by-kind",
  YEAR: "count-agreements-by-year",
};

/** What a neighborhood is asked for; its nodes and edges are read as the request's projection says (see GraphRepository.project). */
export interface NeighborhoodQuery {
  id: string;
  depth: number;
  types: RelationshipType[];
  labels: NodeLabel[];
  limit: number;
}

/** The nodes reached, each with its hops from the start, the start first, and the relationships between them. */
export interface NeighborhoodRecord {
  nodes: { depth: number; node: NodeRecord }[];
  edges: EdgeRecord[];
  truncated: boolean;
}

type NeighborhoodRow = { depth: number } & Parameters<typeof readNodeRecord>[0];
type NeighborhoodEdge = Omit<EdgeRecord, "properties"> & ProjectedMap;

/** How many relationships one level of a neighborhood may read, per node of its limit. */
const ROWS_PER_NODE_CAP = 20;

const neighborhoodStatements = new Map<number, RenderedCypher>();

/** The neighborhood statement for a depth: one level block per hop, rendered once per depth. */
function neighborhoodStatement(depth: number): RenderedCypher {
  let statement = neighborhoodStatements.get(depth);
  if (!statement) {
    const levels = Array.from({ length: depth }, () => renderCypher("neighborhood-level", {})).join("\n");
    statement = { template: "find-neighborhood", text: renderCypher("find-neighborhood", { levels }) };
    neighborhoodStatements.set(depth, statement);
  }
  return statement;
}

/** The relationship types a traversal follows: the ones asked for, or every fact type (never the mention relationship). */
function factTypesOr(types: readonly string[]): readonly string[] {
  return types.length ? types : modelInUse().factTypes;
}

/**
 * The analyst's queries over the graph: paths, neighborhoods, timelines, common connections and
 * rankings. Each method is one statement, so its cost does not
 * grow with the size of the GraphQL selection.
 */
export class TraversalRepository {
  constructor(
    private readonly gateway: Neo4jGateway,
    private readonly graph: GraphRepository,
  ) {}

  /** Whether every id names a node; traversals from an unknown id are an error, not an empty answer. */
  async missingIds(ids: string[]): Promise<string[]> {
    const records = await this.nodes(ids);
    return ids.filter((_, index) => records[index] === null);
  }

  /** Nodes by id, in order; null where an id is unknown. */
  nodes(ids: string[]) {
    return this.graph.findByIds(ids);
  }

  private async paths(queryName: string, query: PathQuery): Promise<PathRecord[]> {
    const rows = await this.gateway.read(queryName, { ...query, types: factTypesOr(query.types) });
    return rows.map((row) => ({ nodes: row.nodes as NodeRecord[], relationships: row.relationships as EdgeRecord[] }));
  }

  async shortestPath(query: PathQuery): Promise<PathRecord | null> {
    const [path] = await this.paths("find-shortest-path", query);
    return path ?? null;
  }

  allShortestPaths(query: PathQuery): Promise<PathRecord[]> {
    return this.paths("find-all-shortest-paths", query);
  }

  /** Simple paths, shortest first: at most the first 200, which is what `paths` pages through. */
  simplePaths(query: PathQuery): Promise<PathRecord[]> {
    return this.paths("find-paths", query);
  }

  /**
   * A neighborhood, breadth first, in one statement (see cypher/find-neighborhood); null when no node
   * has the start id. Each level reads at most ROWS_PER_NODE_CAP times `limit` relationships, so a
   * hub costs the database a bounded sort and this process only the answer.
   */
  async neighborhood(query: NeighborhoodQuery): Promise<NeighborhoodRecord | null> {
    const { nodeKeys, relationshipKeys } = this.graph.currentProjection;
    const [row] = await this.gateway.read(neighborhoodStatement(query.depth), {
      id: query.id,
      types: factTypesOr(query.types),
      labels: query.labels,
      limit: query.limit,
      rowCap: query.limit * ROWS_PER_NODE_CAP,
      nodeKeys,
      relationshipKeys,
    });
    if (!row) return null;
    const nodes = (row.nodes as NeighborhoodRow[]).map(({ depth, ...node }) => ({ depth, node: readNodeRecord(node) }));
    const edges = (row.edges as NeighborhoodEdge[]).map(({ type, source, target, ...map }) => ({ type, source, target, properties: readProjected(map) }));
    return { nodes, edges, truncated: row.truncated as boolean };
  }

  async timelineFacts(id: string): Promise<{ node: NodeRecord; via: EdgeRecord | null }[]> {
    const rows = await this.gateway.read("find-timeline-facts", { id, factTypes: modelInUse().factTypes });
    return rows.map((row) => ({ node: row.node as NodeRecord, via: (row.via as EdgeRecord | null) ?? null }));
  }

  /** A page of every dated fact in the graph, in date order (newest first when `backward`). */
  async datedFacts(query: DatedFactsQuery): Promise<DatedFactRecord[]> {
    const rows = await this.gateway.read(datedFactStatement("list-dated-facts"), { ...this.datedFactFilter(query), ...query });
    return rows.map((row) => ({
      node: row.node as NodeRecord,
      via: (row.via as DatedFactRecord["via"]) ?? null,
      property: row.property as string,
      kind: row.kind as string,
      sortKey: row.sortKey as string,
    }));
  }

  async countDatedFacts(query: Pick<DatedFactsQuery, "from" | "to" | "kinds">): Promise<number> {
    const [row] = await this.gateway.read(datedFactStatement("count-dated-facts"), this.datedFactFilter(query));
    return Number(row?.total ?? 0);
  }

  private datedFactFilter(query: Pick<DatedFactsQuery, "from" | "to" | "kinds">) {
    return { ...datedFactParams(modelInUse()), from: query.from, to: query.to, kinds: query.kinds };
  }

  async commonConnections(
    a: string,
    b: string,
    types: RelationshipType[],
    limit: number,
  ): Promise<{ node: NodeRecord; viaA: EdgeRecord[]; viaB: EdgeRecord[] }[]> {
    const rows = await this.gateway.read("find-common-connections", { a, b, types: factTypesOr(types), limit });
    return rows.map((row) => ({ node: row.node as NodeRecord, viaA: row.viaA as EdgeRecord[], viaB: row.viaB as EdgeRecord[] }));
  }

  async mostConnected(label: NodeLabel, types: RelationshipType[], limit: number): Promise<{ node: NodeRecord; degree: number }[]> {
    const rows = await this.gateway.read("rank-by-degree", { label, types: factTypesOr(types), limit });
    return rows.map((row) => ({ node: row.node as NodeRecord, degree: row.degree as number }));
  }

  async agreementCounts(by: AgreementGrouping, limit: number): Promise<{ key: string; name: string; agreements: number }[]> {
    const rows = await this.gateway.read(AGREEMENT_COUNT_QUERIES[by], { limit });
    return rows.map((row) => ({ key: row.key as string, name: row.name as string, agreements: row.agreements as number }));
  }
}
