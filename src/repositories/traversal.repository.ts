import { renderCypher, type RenderedCypher } from "../db/cypher-library";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { datedFactParams, timelineProjection } from "./dated-facts";
import type { NodeLabel, RelationshipType } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import type { GraphRepository } from "./graph.repository";
import type { NodeRecord } from "./node-record";
import { clausesKey, factFilter, factFilterClauses, type FactFilterClause } from "./fact-filter-cypher";
import { cachedText } from "./prefetch-cypher";
import { factFilterParams, type FactFilter } from "./related-shape";
import { knownAt, readFactProperties, readNodeRecord, type ProjectedMap, type Projection } from "./projection";

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

/** Which paths a path query asks for: the search template of paths-between it runs. */
export type PathKind = "find-shortest-path" | "find-all-shortest-paths" | "find-paths";

/** The paths found, or the ids among the two ends that name no node (and then no path). */
export interface PathsFound {
  missing: string[];
  paths: PathRecord[];
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  types: RelationshipType[];
  direction: "OUTGOING" | "INCOMING" | "BOTH";
  filter?: FactFilter;
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
  /** Whether to count every dated fact the filters keep, over all pages. */
  withCount: boolean;
  filter?: FactFilter;
}

/** A page of the graph-wide timeline, and how many facts pass its filters in all (-1 when not counted). */
export interface DatedFactsPage {
  facts: DatedFactRecord[];
  total: number;
}

/** One dated fact: the node holding the date, or the relationship holding it with the node it points to. */
export interface DatedFactRecord {
  node: NodeRecord;
  via: (EdgeRecord & { sourceName: string | null }) | null;
  property: string;
  kind: string;
  sortKey: string;
}

/** The traversals' rendered statements, by template and what fills its slots: each rendered once. */
const statements = new Map<string, RenderedCypher>();

/** The statement of the graph-wide timeline, rendered around the shared dated-facts template. */
function listDatedFactsStatement(clauses: FactFilterClause[]): RenderedCypher {
  return cachedText(statements, `list-dated-facts:${clausesKey(clauses)}`, () => ({
    template: "list-dated-facts",
    text: renderCypher("list-dated-facts", { datedFacts: renderCypher("dated-facts", { factFilter: factFilter("r", "", clauses) }) }),
  }));
}

/** The paths-between statement around one path search. */
function pathStatement(kind: PathKind, clauses: FactFilterClause[]): RenderedCypher {
  return cachedText(statements, `paths-between:${kind}:${clausesKey(clauses)}`, () => ({
    template: kind,
    text: renderCypher("paths-between", { search: renderCypher(kind, { factFilter: factFilter("r", "", clauses) }) }),
  }));
}

/** A traversal template whose only slots are fact filters on the relationships it names. */
function filteredStatement(template: string, clauses: FactFilterClause[], relationships: Record<string, string> = { factFilter: "r" }): RenderedCypher {
  return cachedText(statements, `${template}:${clausesKey(clauses)}`, () => ({
    template,
    text: renderCypher(template, Object.fromEntries(Object.entries(relationships).map(([slot, variable]) => [slot, factFilter(variable, "", clauses)]))),
  }));
}

type RawNode = Parameters<typeof readNodeRecord>[0];
type RawEdge = Omit<EdgeRecord, "properties"> & ProjectedMap;

/** The reader of the relationships a projecting statement returns, with the ids of their ends, as the graph knew them at `knownAsOf` when the read asks. */
function edgeReader(knownAsOf: string | null | undefined): (raw: RawEdge) => EdgeRecord {
  return ({ type, source, target, properties, keys, values }) => ({
    type,
    source,
    target,
    properties: readFactProperties({ properties, keys, values }, knownAsOf),
    ...knownAt(knownAsOf),
  });
}

/** A dated fact's node and relationship, read by a projecting timeline statement. */
function readDatedFact(raw: { node: RawNode; via: RawEdge | null }, readEdge: (raw: RawEdge) => EdgeRecord): { node: NodeRecord; via: EdgeRecord | null } {
  return { node: readNodeRecord(raw.node), via: raw.via ? readEdge(raw.via) : null };
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
  filter?: FactFilter;
}

/** The nodes reached, each with its hops from the start, the start first, and the relationships between them. */
export interface NeighborhoodRecord {
  nodes: { depth: number; node: NodeRecord }[];
  edges: EdgeRecord[];
  truncated: boolean;
}

type NeighborhoodRow = { depth: number } & Parameters<typeof readNodeRecord>[0];

/** How many relationships one level of a neighborhood may read, per node of its limit. */
const ROWS_PER_NODE_CAP = 20;

/** The neighborhood statement for a depth: one level block per hop. */
function neighborhoodStatement(depth: number, clauses: FactFilterClause[]): RenderedCypher {
  return cachedText(statements, `find-neighborhood:${depth}:${clausesKey(clauses)}`, () => {
    const levels = Array.from({ length: depth }, () => renderCypher("neighborhood-level", { factFilter: factFilter("r", "", clauses) })).join("\n");
    return { template: "find-neighborhood", text: renderCypher("find-neighborhood", { levels }) };
  });
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

  /** Nodes by id, in order; null where an id is unknown. */
  nodes(ids: string[]) {
    return this.graph.findByIds(ids);
  }

  /**
   * Paths between two nodes in one statement (see cypher/paths-between), their nodes and
   * relationships read with the request's projection. The ends are checked by the same statement: an
   * unknown one comes back in `missing`. The nodes on the paths are remembered for the request.
   */
  async paths(kind: PathKind, query: PathQuery): Promise<PathsFound> {
    const { filter, ...rest } = query;
    const filterParams = factFilterParams(filter);
    const params = { ...rest, types: factTypesOr(query.types), ...filterParams, ...this.graph.projectionParams() };
    const [row] = await this.gateway.read(pathStatement(kind, factFilterClauses(filterParams)), params);
    const nodes = new Map<string, NodeRecord>();
    for (const raw of row.nodes as RawNode[]) {
      const node = readNodeRecord(raw);
      nodes.set(node.properties.id as string, node);
      this.graph.prime(node);
    }
    const edges = new Map((row.relationships as RawEdge[]).map(edgeReader(filter?.knownAsOf)).map((edge) => [edge.properties.id as string, edge]));
    const paths = (row.paths as { nodes: string[]; relationships: string[] }[]).map((path) => ({
      nodes: path.nodes.map((id) => nodes.get(id)!),
      relationships: path.relationships.map((id) => edges.get(id)!),
    }));
    return { missing: row.missing as string[], paths };
  }

  /**
   * A neighborhood, breadth first, in one statement (see cypher/find-neighborhood); null when no node
   * has the start id. Each level reads at most ROWS_PER_NODE_CAP times `limit` relationships, so a
   * hub costs the database a bounded sort and this process only the answer.
   */
  async neighborhood(query: NeighborhoodQuery): Promise<NeighborhoodRecord | null> {
    const { nodeKeys, relationshipKeys } = this.graph.projectionParams();
    const filterParams = factFilterParams(query.filter);
    const [row] = await this.gateway.read(neighborhoodStatement(query.depth, factFilterClauses(filterParams)), {
      id: query.id,
      types: factTypesOr(query.types),
      labels: query.labels,
      limit: query.limit,
      rowCap: query.limit * ROWS_PER_NODE_CAP,
      ...filterParams,
      nodeKeys,
      relationshipKeys,
    });
    if (!row) return null;
    const nodes = (row.nodes as NeighborhoodRow[]).map(({ depth, ...node }) => ({ depth, node: readNodeRecord(node) }));
    const edges = (row.edges as RawEdge[]).map(edgeReader(query.filter?.knownAsOf));
    return { nodes, edges, truncated: row.truncated as boolean };
  }

  /** The dated things around an entity, read with the request's projection widened to what a timeline entry needs; null when no node has the id. */
  async timelineFacts(id: string, filter?: FactFilter): Promise<{ node: NodeRecord; via: EdgeRecord | null }[] | null> {
    const filterParams = factFilterParams(filter);
    const statement = filteredStatement("find-timeline-facts", factFilterClauses(filterParams), { factFilter: "r", factFilterLink: "link" });
    const [row] = await this.gateway.read(statement, { id, factTypes: modelInUse().factTypes, ...filterParams, ...this.timelineProjection() });
    if (row.missing) return null;
    const readEdge = edgeReader(filter?.knownAsOf);
    const facts = (row.facts as { node: RawNode; via: RawEdge | null }[]).map((raw) => readDatedFact(raw, readEdge));
    for (const { node } of facts) this.graph.prime(node);
    return facts;
  }

  /** A page of every dated fact in the graph, in date order (newest first when `backward`), with the count of all of them when asked for: one statement. */
  async datedFacts(query: DatedFactsQuery): Promise<DatedFactsPage> {
    const { filter, ...rest } = query;
    const filterParams = factFilterParams(filter);
    const params = { ...datedFactParams(modelInUse()), ...rest, ...filterParams, ...this.timelineProjection() };
    const [row] = await this.gateway.read(listDatedFactsStatement(factFilterClauses(filterParams)), params);
    const readEdge = edgeReader(filter?.knownAsOf);
    const facts = (row.facts as { node: RawNode; via: (RawEdge & { sourceNode: RawNode }) | null; property: string; kind: string; sortKey: string }[]).map(
      ({ node, via, property, kind, sortKey }) => {
        const fact = readDatedFact({ node, via }, readEdge);
        this.graph.prime(fact.node);
        const source = via ? readNodeRecord(via.sourceNode) : null;
        if (source) this.graph.prime(source);
        return { ...fact, via: fact.via && { ...fact.via, sourceName: (source?.properties.name as string | undefined) ?? null }, property, kind, sortKey };
      },
    );
    return { facts, total: Number(row.total) };
  }

  private timelineProjection(): Projection {
    return timelineProjection(modelInUse(), this.graph.projectionParams());
  }

  /**
   * The nodes linked to both `a` and `b`, most links first, with the links from each side: one
   * statement, which also checks the two ends (an unknown one comes back in `missing`).
   */
  async commonConnections(
    a: string,
    b: string,
    types: RelationshipType[],
    limit: number,
    filter?: FactFilter,
  ): Promise<{ missing: string[]; connections: { node: NodeRecord; viaA: EdgeRecord[]; viaB: EdgeRecord[] }[] }> {
    const filterParams = factFilterParams(filter);
    const statement = filteredStatement("find-common-connections", factFilterClauses(filterParams), { factFilterA: "ra", factFilterB: "rb" });
    const params = { a, b, types: factTypesOr(types), limit, ...filterParams, ...this.graph.projectionParams() };
    const [row] = await this.gateway.read(statement, params);
    const readEdge = edgeReader(filter?.knownAsOf);
    for (const end of row.ends as RawNode[]) this.graph.prime(readNodeRecord(end));
    const connections = (row.connections as { node: RawNode; viaA: RawEdge[]; viaB: RawEdge[] }[]).map((raw) => {
      const node = readNodeRecord(raw.node);
      this.graph.prime(node);
      return { node, viaA: raw.viaA.map(readEdge), viaB: raw.viaB.map(readEdge) };
    });
    return { missing: row.missing as string[], connections };
  }

  async mostConnected(label: NodeLabel, types: RelationshipType[], limit: number, filter?: FactFilter): Promise<{ node: NodeRecord; degree: number }[]> {
    const filterParams = factFilterParams(filter);
    const rows = await this.gateway.read(filteredStatement("rank-by-degree", factFilterClauses(filterParams)), {
      label,
      types: factTypesOr(types),
      limit,
      ...filterParams,
    });
    return rows.map((row) => ({ node: row.node as NodeRecord, degree: row.degree as number }));
  }

  async agreementCounts(by: AgreementGrouping, limit: number): Promise<{ key: string; name: string; agreements: number }[]> {
    const rows = await this.gateway.read(AGREEMENT_COUNT_QUERIES[by], { limit });
    return rows.map((row) => ({ key: row.key as string, name: row.name as string, agreements: row.agreements as number }));
  }
}
