import { renderCypher, type RenderedCypher } from "../db/cypher-library";
import type { Neo4jGateway, Params } from "../db/neo4j-gateway";
import type { ModelView } from "../model/model-view";
import { NotFoundError } from "../errors";
import { columnNames, exportColumns, type ExportColumns } from "./export-columns";

/** A node as an export writes it: its values line up with its label's columns. */
export interface ExportNode {
  id: string;
  label: string;
  values: unknown[];
}

/** A relationship as an export writes it: its values line up with its type's columns. */
export interface ExportRelationship {
  type: string;
  source: string;
  target: string;
  values: unknown[];
}

/** What an export covers: the whole graph, or what lies within `depth` hops of an entity. */
export type ExportScope = { entity?: undefined } | { entity: string; depth: number };

/** What the writers read: the columns, then the nodes page by page, then the relationships page by page. */
export interface ExportSource {
  columns: ExportColumns;
  nodes(): AsyncGenerator<ExportNode[]>;
  relationships(): AsyncGenerator<ExportRelationship[]>;
}

const statement = (template: string, page: string): RenderedCypher => ({ template, text: renderCypher(template, { page: renderCypher(page, {}) }) });
const NODES_OF_GRAPH = statement("export-nodes", "export-graph-page");
const NODES_OF_IDS = statement("export-nodes", "export-id-page");
const RELATIONSHIPS_OF_GRAPH = statement("export-relationships", "export-graph-page");
const RELATIONSHIPS_OF_IDS = statement("export-relationships", "export-id-page");

type Row = { id: string };
type NodeRow = Row & { label: string | null; values: unknown[] };
type RelationshipRow = Row & { relationships: { type: string; target: string; values: unknown[] }[] };

/**
 * Reads what an export writes, a page of nodes per statement so that memory stays bounded however
 * large the graph: the whole graph is walked in id order (each page starts after the last id of the
 * one before), and a neighbourhood is found hop by hop, then read by id in pages. Relationships are
 * read from their start node, so each comes once; a neighbourhood keeps those whose end it reached.
 * Labels, relationship types and property names all come from the model, as parameters.
 */
export class ExportRepository {
  private readonly columns: ExportColumns;
  private readonly keys: Params;

  constructor(
    private readonly gateway: Neo4jGateway,
    private readonly view: ModelView,
    private readonly pageSize: number,
  ) {
    this.columns = exportColumns(view);
    this.keys = { labels: view.labels, nodeKeys: columnNames(this.columns.nodes), relationshipKeys: columnNames(this.columns.relationships) };
  }

  /** The source of an export of `scope`; an entity that is not in the graph is a NotFoundError, before anything is written. */
  async source(scope: ExportScope): Promise<ExportSource> {
    const ids = scope.entity === undefined ? null : await this.neighbourhood(scope.entity, scope.depth);
    return { columns: this.columns, nodes: () => this.nodes(ids), relationships: () => this.relationships(ids) };
  }

  private pages<T extends Row>(graph: RenderedCypher, byIds: RenderedCypher, ids: string[] | null, params: Params): AsyncGenerator<T[]> {
    return ids === null ? this.graphPages<T>(graph, params) : this.idPages<T>(byIds, ids, params);
  }

  private async *nodes(ids: string[] | null): AsyncGenerator<ExportNode[]> {
    for await (const rows of this.pages<NodeRow>(NODES_OF_GRAPH, NODES_OF_IDS, ids, {})) {
      yield rows.flatMap((row) => (row.label === null ? [] : [{ id: row.id, label: row.label, values: row.values }]));
    }
  }

  private async *relationships(ids: string[] | null): AsyncGenerator<ExportRelationship[]> {
    const reached = ids === null ? null : new Set(ids);
    for await (const rows of this.pages<RelationshipRow>(RELATIONSHIPS_OF_GRAPH, RELATIONSHIPS_OF_IDS, ids, { types: this.view.relationshipTypes })) {
      yield rows.flatMap((row) =>
        row.relationships
          .filter((r) => reached === null || reached.has(r.target))
          .map((r) => ({ type: r.type, source: row.id, target: r.target, values: r.values })),
      );
    }
  }

  private async *graphPages<T extends Row>(query: RenderedCypher, params: Params): AsyncGenerator<T[]> {
    let after = "";
    for (;;) {
      const rows = (await this.gateway.read(query, { ...this.keys, ...params, after, pageSize: this.pageSize })) as T[];
      if (rows.length > 0) yield rows;
      if (rows.length < this.pageSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  private async *idPages<T extends Row>(query: RenderedCypher, ids: string[], params: Params): AsyncGenerator<T[]> {
    for (let at = 0; at < ids.length; at += this.pageSize) {
      const rows = (await this.gateway.read(query, { ...this.keys, ...params, ids: ids.slice(at, at + this.pageSize) })) as T[];
      if (rows.length > 0) yield rows;
    }
  }

  /**
   * The ids of the entities within `depth` hops of `entity` along facts, and of the documents that
   * mention them (so every fact's and mention's source comes along), sorted.
   */
  private async neighbourhood(entity: string, depth: number): Promise<string[]> {
    const [found] = await this.gateway.read("find-nodes-by-id", { ids: [entity], nodeKeys: {} });
    const label = (found?.node as { label?: string } | undefined)?.label;
    if (!label || !this.view.entityLabels.includes(label)) throw new NotFoundError("Entity", entity);
    const reached = new Set([entity]);
    let frontier = [entity];
    for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
      frontier = (await this.step(frontier, this.view.factTypes, this.view.entityLabels)).filter((id) => !reached.has(id));
      for (const id of frontier) reached.add(id);
    }
    const documents = await this.step([...reached], [this.view.mentionType], [this.view.model.documentLabel]);
    return [...new Set([...reached, ...documents])].sort();
  }

  /** The nodes one hop from `ids` along `types`, asked for a page of ids at a time. */
  private async step(ids: string[], types: string[], labels: string[]): Promise<string[]> {
    const found: string[] = [];
    for (let at = 0; at < ids.length; at += this.pageSize) {
      const rows = await this.gateway.read("export-neighbours", { ids: ids.slice(at, at + this.pageSize), types, labels });
      for (const row of rows) found.push(row.id as string);
    }
    return found;
  }
}
