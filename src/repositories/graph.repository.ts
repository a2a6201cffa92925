import DataLoader from "dataloader";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { FACT_RELATIONSHIP_TYPES, NODE_LABELS, type NodeLabel, type RelationshipType } from "../model/graph-model";
import { nameKey } from "../model/name-key";
import type { NodeRecord, RelatedRecord } from "./node-record";

export type DirectionValue = "OUTGOING" | "INCOMING" | "BOTH";

export interface RelatedQuery {
  types?: RelationshipType[];
  direction?: DirectionValue;
  labels?: NodeLabel[];
  limit?: number;
}

export interface ListQuery {
  label: NodeLabel;
  first: number;
  after?: { sortKey: string; id: string } | null;
  byDate: boolean;
  descending: boolean;
  filter: {
    nameContains?: string | null;
    kind?: string | null;
    status?: string | null;
    dateFrom?: string | null;
    dateTo?: string | null;
    relatedTo?: string | null;
  };
}

const DEFAULT_RELATED_LIMIT = 200;

/**
 * Makes user text safe to hand to Lucene as a query: every syntax character is escaped, and the text
 * is lower-cased so that the words AND, OR and NOT are searched as words, not read as operators (the
 * index folds case anyway).
 */
export function escapeLucene(text: string): string {
  return text.toLowerCase().replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, "\\$&");
}

/**
 * Reads the graph for one GraphQL request. Lookups by id and relationship reads go through
 * DataLoaders, so every nesting level of a request costs one Cypher round trip, however many parent
 * rows it has. Make a new instance per request: the loaders cache for the request's lifetime only.
 */
export class GraphRepository {
  private readonly nodeLoader: DataLoader<string, NodeRecord | null>;
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelatedRecord[]>>();

  constructor(private readonly gateway: Neo4jGateway) {
    this.nodeLoader = new DataLoader(async (ids) => {
      const rows = await this.gateway.read("find-nodes-by-id", { ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.id as string, row.node as NodeRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Remembers a node read by another query, so that resolving it by id later in the request costs no round trip. */
  private prime(record: NodeRecord): void {
    const id = record.properties.id as string;
    if (id) this.nodeLoader.prime(id, record);
  }

  findById(id: string): Promise<NodeRecord | null> {
    return this.nodeLoader.load(id);
  }

  async findByIds(ids: string[]): Promise<(NodeRecord | null)[]> {
    const results = await this.nodeLoader.loadMany(ids);
    return results.map((result) => (result instanceof Error ? null : result));
  }

  async findByName(name: string, labels: NodeLabel[] = [], limit = 20): Promise<NodeRecord[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.gateway.read("find-nodes-by-name", { key, labels: labels.length ? labels : NODE_LABELS, limit });
    return rows.map((row) => row.node as NodeRecord);
  }

  async search(text: string, labels: NodeLabel[], limit: number): Promise<{ node: NodeRecord; score: number }[]> {
    const query = escapeLucene(text.trim());
    if (!query) return [];
    const rows = await this.gateway.read("search-nodes", { query, labels, limit });
    return rows.map((row) => ({ node: row.node as NodeRecord, score: row.score as number }));
  }

  private listParams(query: ListQuery) {
    const { filter } = query;
    return {
      label: query.label,
      nameContains: filter.nameContains ? nameKey(filter.nameContains) : null,
      kind: filter.kind ?? null,
      status: filter.status ?? null,
      dateFrom: filter.dateFrom ?? null,
      dateTo: filter.dateTo ?? null,
      relatedTo: filter.relatedTo ?? null,
    };
  }

  /** One page of `first + 1` rows: the extra row only says whether there is a next page. */
  async list(query: ListQuery): Promise<{ node: NodeRecord; sortKey: string }[]> {
    const rows = await this.gateway.read("list-entities", {
      ...this.listParams(query),
      byDate: query.byDate,
      descending: query.descending,
      missingDate: query.descending ? "0000-01-01" : "9999-12-31",
      afterKey: query.after?.sortKey ?? null,
      afterId: query.after?.id ?? null,
      limit: query.first + 1,
    });
    const page = rows.map((row) => ({ node: row.node as NodeRecord, sortKey: row.sortKey as string }));
    for (const row of page) this.prime(row.node);
    return page;
  }

  async count(query: ListQuery): Promise<number> {
    const [row] = await this.gateway.read("count-entities", this.listParams(query));
    return Number(row?.total ?? 0);
  }

  /** The relationships of a node, batched with every other `related` call of the same shape in this request. */
  related(id: string, query: RelatedQuery = {}): Promise<RelatedRecord[]> {
    const params = {
      types: query.types?.length ? [...query.types].sort() : FACT_RELATIONSHIP_TYPES,
      direction: query.direction ?? "BOTH",
      labels: [...(query.labels ?? [])].sort(),
      limit: query.limit ?? DEFAULT_RELATED_LIMIT,
    };
    const shape = JSON.stringify(params);
    let loader = this.relatedLoaders.get(shape);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.gateway.read("find-related", { ...params, ids: [...ids] });
        const byId = new Map(rows.map((row) => [row.id as string, row.related as RelatedRecord[]]));
        for (const related of byId.values()) for (const record of related) this.prime(record.node);
        return ids.map((nodeId) => byId.get(nodeId) ?? []);
      });
      this.relatedLoaders.set(shape, loader);
    }
    return loader.load(id);
  }
}
