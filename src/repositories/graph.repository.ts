import DataLoader from "dataloader";
import { renderCypher, type RenderedCypher } from "../db/cypher-library";
import type { Neo4jGateway, Params } from "../db/neo4j-gateway";
import type { NodeLabel } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import { nameKey, nameKeysQueries } from "../model/name-key";
import { historyDocumentKeys, readStatement, type RawStatement, type Statement } from "../model/property-history";
import type { EdgeRecord, NodeRecord, RelatedRecord } from "./node-record";
import { clausesKey, factFilter, factFilterClauses, type FactFilterClause } from "./fact-filter-cypher";
import { cachedText, compilePrefetch, compileSteps } from "./prefetch-cypher";
import { readNodeRecord, readRelatedRecord, WHOLE, type Projection } from "./projection";

type RawNode = Parameters<typeof readNodeRecord>[0];
type RawRelated = Parameters<typeof readRelatedRecord>[0];
/** What a prefetching statement returns below a node: per step key, the related records, each with its own steps. */
type PrefetchedSteps = Record<string, (RawRelated & { steps: PrefetchedSteps })[]>;
import { relatedShape, type PrefetchStep, type RelatedQuery } from "./related-shape";

export type { DirectionValue, PrefetchStep, RelatedQuery } from "./related-shape";

/** A row's place in an entity list: its sort key and id, as a cursor carries them. */
export interface ListCursor {
  sortKey: string;
  id: string;
}

/** An entity list: which entities (the filter) and in which order. */
export interface ListQuery {
  label: NodeLabel;
  byDate: boolean;
  descending: boolean;
  filter: {
    nameContains?: string | null;
    kind?: string | null;
    status?: string | null;
    /** ISO day: keep entities whose main date ends on or after it. */
    dateFrom?: string | null;
    /** ISO day: keep entities whose main date starts on or before it. */
    dateTo?: string | null;
    relatedTo?: string | null;
  };
}

/** Which rows of a list to read: those strictly between the cursors, `limit` of them from the start, or from the end when `backward`. */
export interface ListWindow {
  after: ListCursor | null;
  before: ListCursor | null;
  backward: boolean;
  limit: number;
}

export interface ListRow {
  node: NodeRecord;
  sortKey: string;
}

/** What a page statement reads of the rest of the list, each only when asked: the total, and whether rows lie at or beyond a cursor. */
export interface PageExtras {
  withTotal: boolean;
  /** Ask whether a row lies at this cursor or before it, towards the list's start. */
  startCursor: ListCursor | null;
  /** Ask whether a row lies at this cursor or after it, towards the list's end. */
  endCursor: ListCursor | null;
}

const NO_EXTRAS: PageExtras = Object.freeze({ withTotal: false, startCursor: null, endCursor: null });

/** A page of an entity list with what was asked of the rest of it (false or null where it was not). */
export interface ListPage {
  rows: ListRow[];
  total: number | null;
  rowsBeforeStart: boolean;
  rowsAfterEnd: boolean;
}

/** The page statements' one row, its `rows` read by the caller. */
function readListPage(row: Record<string, unknown> | undefined, rows: ListRow[]): ListPage {
  return {
    rows,
    total: row?.total == null ? null : Number(row.total),
    rowsBeforeStart: row?.rowsBeforeStart === true,
    rowsAfterEnd: row?.rowsAfterEnd === true,
  };
}

/**
 * Makes user text safe to hand to Lucene as a query: every syntax character is escaped, and the text
 * is lower-cased so that the words AND, OR and NOT are searched as words, not read as operators (the
 * index folds case anyway).
 */
export function escapeLucene(text: string): string {
  return text.toLowerCase().replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, "\\$&");
}

/**
 * A name key as a Lucene prefix query on the node_name_keys index, whose keyword analyzer keeps each
 * key whole: the spaces are escaped so the key stays one term ("iveco gr" finds "iveco group"), and so
 * is everything else Lucene reads as syntax.
 */
export function nameKeyPrefixQuery(key: string): string {
  return `${key.replace(/[+\-!(){}[\]^"~*?:\\/&| ]/g, "\\$&")}*`;
}

/**
 * The parameters of search-nodes.cypher for a text: the words for the full-text index, and the
 * text's name key, exact and as a prefix query, for the name tiers. Null when there is nothing to
 * search. The benchmark's floor query takes the same, so it measures the statement the API runs.
 */
export function searchParams(text: string, labels: readonly string[], limit: number) {
  const query = escapeLucene(text.trim());
  if (!query) return null;
  const key = nameKey(text);
  return { query, key, prefixQueries: key ? [nameKeyPrefixQuery(key)] : [], labels, limit };
}

/** How a search hit matched, best first: its index is the tier search-nodes.cypher ranks it in. */
export const SEARCH_TIERS = ["NAME", "NAME_PREFIX", "TEXT"] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

export interface SearchRecord {
  node: NodeRecord;
  score: number;
  match: SearchTier;
}

/**
 * An entity list query (a page with its pageInfo and total, or the count alone) over the right
 * candidates: all nodes of the label, or only those linked to `relatedTo`. They are separate
 * statements because the planner would scan the whole label even where a parameter rules that branch
 * out. Both share the filter and sort key of list-entity-matches.
 */
function entityListStatement(template: "list-entities" | "count-entities", query: ListQuery): RenderedCypher {
  const candidatesTemplate = query.filter.relatedTo ? "list-candidates-related-to" : "list-candidates-by-label";
  const cacheKey = `${template}|${candidatesTemplate}|${query.label}`;
  let statement = listStatements.get(cacheKey);
  if (!statement) {
    if (!modelInUse().labels.includes(query.label)) throw new Error(`Unknown node label ${query.label}`);
    const candidates = renderCypher(candidatesTemplate, { label: query.label });
    const matches = renderCypher("list-entity-matches", { candidates });
    statement = {
      template,
      text:
        template === "list-entities" ? renderCypher(template, { page: listPage(matches), pageInfo: pageInfo(matches) }) : renderCypher(template, { matches }),
    };
    listStatements.set(cacheKey, statement);
  }
  return statement;
}

function listPage(matches: string): string {
  return renderCypher("list-entities-page", { matches });
}

function pageInfo(matches: string): string {
  return renderCypher("list-entities-page-info", { matches });
}

const listWithStepsStatements = new Map<string, RenderedCypher>();

/**
 * The page of an entity list with the relationship reads of `steps` below its nodes, in one
 * statement. Its text depends only on the label, the candidates and the steps' shape, so it is
 * rendered once per such triple and kept in a bounded cache; the values travel as parameters.
 */
function listWithStepsStatement(query: ListQuery, steps: PrefetchStep[]): { statement: RenderedCypher; params: Params; keys: Map<PrefetchStep, string> } {
  if (!modelInUse().labels.includes(query.label)) throw new Error(`Unknown node label ${query.label}`);
  const candidatesTemplate = query.filter.relatedTo ? "list-candidates-related-to" : "list-candidates-by-label";
  const { subqueries, results, params, keys, shape } = compileSteps(steps);
  const statement = cachedText(listWithStepsStatements, `${query.label}|${candidatesTemplate}|${shape}`, () => {
    const matches = renderCypher("list-entity-matches", { candidates: renderCypher(candidatesTemplate, { label: query.label }) });
    const text = renderCypher("list-entities-prefetch", { page: listPage(matches), subqueries, results, pageInfo: pageInfo(matches) });
    return { template: "list-entities-prefetch", text };
  });
  return { statement, params, keys };
}

function byNameMatches(): string {
  return renderCypher("find-nodes-by-name-matches", {});
}

let findByNameText: string | null = null;
const findRelated = new Map<string, RenderedCypher>();

/** The relationship read of the DataLoaders, with the fact filter clauses it needs rendered in. */
function findRelatedStatement(clauses: FactFilterClause[]): RenderedCypher {
  return cachedText(findRelated, clausesKey(clauses), () => ({
    template: "find-related",
    text: renderCypher("find-related", { factFilter: factFilter("r", "", clauses) }),
  }));
}

function byNameStatement(template: "find-nodes-by-name"): RenderedCypher {
  return { template, text: (findByNameText ??= renderCypher(template, { matches: byNameMatches() })) };
}

/** The evidence of a mention: the document and the quote with its offsets. */
export interface MentionEvidence {
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

/** The rendered entity list statements: a few per label, rendered once. */
const listStatements = new Map<string, RenderedCypher>();

/**
 * Reads the graph for one GraphQL request. Lookups by id and relationship reads go through
 * DataLoaders, so every nesting level of a request costs one Cypher round trip, however many parent
 * rows it has. Make a new instance per request: the loaders cache for the request's lifetime only.
 */
export class GraphRepository {
  private readonly nodeLoader: DataLoader<string, NodeRecord | null>;
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelatedRecord[]>>();
  private statementLoader: DataLoader<string, Statement<MentionEvidence>[]> | null = null;
  private projection: Projection = WHOLE;

  constructor(private readonly gateway: Neo4jGateway) {
    this.nodeLoader = new DataLoader(async (ids) => {
      const rows = await this.gateway.read("find-nodes-by-id", { ids: [...ids], ...this.projectionParams() });
      const byId = new Map(rows.map((row) => [row.id as string, readNodeRecord(row.node as RawNode)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * Reads only these properties from now on (see Projection). Set once, before the request's first
   * read: every read of the request then projects alike, so its caches stay whole for it.
   */
  project(projection: Projection): void {
    this.projection = projection;
  }

  /** The request's projection as the parameters of a projecting statement. */
  projectionParams(): Projection {
    return { nodeKeys: this.projection.nodeKeys, relationshipKeys: this.projection.relationshipKeys };
  }

  /** Remembers a node read by another query, so that resolving it by id later in the request costs no round trip. */
  prime(record: NodeRecord): void {
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
    const rows = await this.gateway.read(byNameStatement("find-nodes-by-name"), this.byNameParams(key, labels, limit));
    return rows.map((row) => row.node as NodeRecord);
  }

  private byNameParams(key: string, labels: NodeLabel[], limit: number) {
    return { key, keysQueries: nameKeysQueries([key]), labels: labels.length ? labels : modelInUse().labels, limit };
  }

  /**
   * The nodes with this name or alias, with every relationship read of `steps` below them, in one
   * statement; the loaders' caches are filled as by prefetch, so a lookup by name and its nested
   * selection cost one round trip.
   */
  async findByNameWithSteps(name: string, labels: NodeLabel[], limit: number, steps: PrefetchStep[]): Promise<NodeRecord[]> {
    const key = nameKey(name);
    if (!key) return [];
    if (steps.length === 0) return this.findByName(name, labels, limit);
    const { subqueries, results, params, keys } = compileSteps(steps);
    const statement = {
      template: "find-nodes-by-name-prefetch",
      text: renderCypher("find-nodes-by-name-prefetch", { matches: byNameMatches(), subqueries, results }),
    };
    const rows = await this.gateway.read(statement, { ...this.byNameParams(key, labels, limit), ...params, ...this.projectionParams() });
    return rows.map((row) => {
      const record = readNodeRecord(row.node as RawNode);
      this.prime(record);
      this.fillPrefetched(keys, row.id as string, steps, row.steps as PrefetchedSteps);
      return record;
    });
  }

  /**
   * Full-text search in one round trip, ranked so that what a person types as a name comes first: an
   * exact name or alias (by the name keys lookups use), then a name or alias that starts with the
   * text, then the rest by full-text score. Every hit keeps its full-text score (0 when only its name
   * key matched), and says which tier it is in.
   */
  async search(text: string, labels: NodeLabel[], limit: number): Promise<SearchRecord[]> {
    const params = searchParams(text, labels, limit);
    if (!params) return [];
    const rows = await this.gateway.read("search-nodes", { ...params, ...this.projectionParams() });
    return rows.map((row) => {
      const node = readNodeRecord(row.node as RawNode);
      this.prime(node);
      return { node, score: row.score as number, match: SEARCH_TIERS[row.tier as number] };
    });
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
      byDate: query.byDate,
      descending: query.descending,
      missingDate: query.descending ? "0000-01-01" : "9999-12-31",
    };
  }

  /**
   * Up to `window.limit` rows of an entity list between the window's cursors, in the list's order,
   * or from its end in reverse order when the window is read backward, with what `extras` asks of
   * the rest of the list, in one statement. Ask for one row more than the page: whether it comes
   * back says whether the page has a neighbour on that side.
   */
  async list(query: ListQuery, window: ListWindow, steps: PrefetchStep[] = [], extras: PageExtras = NO_EXTRAS): Promise<ListPage> {
    const position = (cursor: ListCursor | null) => (cursor ? [cursor.sortKey, cursor.id] : null);
    const params = {
      ...this.listParams(query),
      after: position(window.after),
      before: position(window.before),
      backward: window.backward,
      limit: window.limit,
      withTotal: extras.withTotal,
      startCursor: position(extras.startCursor),
      endCursor: position(extras.endCursor),
      ...this.projectionParams(),
    };
    if (steps.length > 0) return this.listWithSteps(query, params, steps);
    const [row] = await this.gateway.read(entityListStatement("list-entities", query), params);
    const page = ((row?.rows ?? []) as { node: RawNode; sortKey: string }[]).map((raw) => ({ node: readNodeRecord(raw.node), sortKey: raw.sortKey }));
    for (const { node } of page) this.prime(node);
    return readListPage(row, page);
  }

  /**
   * A page and every relationship read of `steps` below its nodes, in one statement; the loaders'
   * caches are filled as by prefetch. Rows come back in the order the page was scanned: CALL
   * subqueries keep it, and the rows are sorted again by their keyset position to be sure.
   */
  private async listWithSteps(query: ListQuery, listParams: Params, steps: PrefetchStep[]): Promise<ListPage> {
    const { statement, params, keys } = listWithStepsStatement(query, steps);
    const [row] = await this.gateway.read(statement, { ...listParams, ...params });
    const scanDescending = query.descending !== listParams.backward;
    const raws = (row?.rows ?? []) as { node: RawNode; sortKey: string; steps: PrefetchedSteps }[];
    const page = raws.map((raw) => ({ node: readNodeRecord(raw.node), sortKey: raw.sortKey, steps: raw.steps }));
    const compare = (a: ListRow, b: ListRow) =>
      a.sortKey === b.sortKey ? ((a.node.properties.id as string) < (b.node.properties.id as string) ? -1 : 1) : a.sortKey < b.sortKey ? -1 : 1;
    page.sort((a, b) => (scanDescending ? compare(b, a) : compare(a, b)));
    for (const entry of page) {
      this.prime(entry.node);
      this.fillPrefetched(keys, entry.node.properties.id as string, steps, entry.steps);
    }
    return readListPage(
      row,
      page.map(({ node, sortKey }) => ({ node, sortKey })),
    );
  }

  async count(query: ListQuery): Promise<number> {
    const [row] = await this.gateway.read(entityListStatement("count-entities", query), this.listParams(query));
    return Number(row?.total ?? 0);
  }

  /**
   * The facts of a single-valued group that supersede a fact or that it supersedes (see
   * plan-disputes.ts): the relationship `supersededBy` names, and those that name `id`.
   */
  async supersession(from: string, type: string, id: string, supersededBy: string | null): Promise<EdgeRecord[]> {
    if (!modelInUse().factTypes.includes(type)) return [];
    const rows = await this.gateway.read("find-supersession", { from, type, id, supersededBy });
    return rows.map((row) => ({
      type: row.type as string,
      properties: row.properties as Record<string, unknown>,
      source: row.source as string,
      target: row.target as string,
    }));
  }

  /** The relationships of a node, batched with every other `related` call of the same shape in this request. */
  related(id: string, query: RelatedQuery = {}): Promise<RelatedRecord[]> {
    return this.relatedLoader(query).load(id);
  }

  private relatedLoader(query: RelatedQuery): DataLoader<string, RelatedRecord[]> {
    const { params, key: shape } = relatedShape(query);
    let loader = this.relatedLoaders.get(shape);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.gateway.read(findRelatedStatement(factFilterClauses(params)), { ...params, ids: [...ids], ...this.projectionParams() });
        const byId = new Map(
          rows.map((row) => [
            row.id as string,
            (row.related as RawRelated[]).map((raw) => readRelatedRecord(raw, row.id as string, params.knownAsOf as string | null)),
          ]),
        );
        for (const related of byId.values()) for (const record of related) this.prime(record.node);
        return ids.map((nodeId) => byId.get(nodeId) ?? []);
      });
      this.relatedLoaders.set(shape, loader);
    }
    return loader;
  }

  /**
   * What each document states of a node, with the stating document's dates that history
   * declarations read (see src/model/property-history.ts), batched with every other such read of the
   * request so that a list of nodes costs one round trip.
   */
  statements(id: string): Promise<Statement<MentionEvidence>[]> {
    this.statementLoader ??= new DataLoader(async (ids) => {
      const view = modelInUse();
      const documentKeys = historyDocumentKeys(view);
      const rows = await this.gateway.read("read-property-history", { ids: [...ids], mention: view.mentionType, documentKeys });
      const byId = new Map(
        rows.map((row) => [
          row.id as string,
          (row.mentions as RawStatement<MentionEvidence>[]).map((raw): Statement<MentionEvidence> => readStatement(raw, documentKeys)),
        ]),
      );
      return ids.map((nodeId) => byId.get(nodeId) ?? []);
    });
    return this.statementLoader.load(id);
  }

  /**
   * Reads the nodes `ids` and every relationship read of `steps` below them in one Cypher query, and
   * fills the loaders' caches with the results, so that the field resolvers that follow cost no
   * round trip. Reads beyond what was prefetched still go through the loaders, so a plan that
   * misses a field costs a round trip, never a wrong answer.
   */
  async prefetch(ids: string[], steps: PrefetchStep[]): Promise<void> {
    if (ids.length === 0) return;
    const { statement, params, keys } = compilePrefetch(ids, steps);
    const rows = await this.gateway.read(statement, { ...params, ...this.projectionParams() });
    for (const row of rows) {
      this.prime(readNodeRecord(row.node as RawNode));
      this.fillPrefetched(keys, row.id as string, steps, row.steps as PrefetchedSteps);
    }
  }

  /** Primes the loaders with what a prefetching statement read below `parentId`, step by step, as deep as it went. */
  private fillPrefetched(keys: Map<PrefetchStep, string>, parentId: string, steps: PrefetchStep[], results: PrefetchedSteps): void {
    for (const step of steps) {
      const raw = results[keys.get(step) as string] ?? [];
      const { knownAsOf } = relatedShape(step.query).params;
      const records = raw.map((related) => readRelatedRecord(related, parentId, knownAsOf as string | null));
      this.relatedLoader(step.query).prime(parentId, records);
      records.forEach((record, index) => {
        this.prime(record.node);
        this.fillPrefetched(keys, record.node.properties.id as string, step.children, raw[index].steps);
      });
    }
  }
}
