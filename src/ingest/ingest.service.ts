import type { Neo4jGateway } from "../db/neo4j-gateway";
import { contentHashOf } from "../model/content-hash";
import { extractDocument } from "../extract/extract-document";
import type { ArticleInput, EntityLookup, Extraction, NeighbourLookup } from "../extract/extraction";
import { RESOLVED_DRAFT_LABELS } from "../extract/resolve-drafts";
import { FACT_RELATIONSHIP_TYPES } from "../model/graph-model";
import { MENTION_LABELS } from "../extract/recognize-entities";
import { nameKeysQueries } from "../model/name-key";
import { checkArticle } from "./check-article";
import { DocumentLoader, type LoadSummary } from "./document-loader";
import { InvalidFactsError } from "../errors";
import { planDocument } from "./plan-document";
import { NO_LIVE_EVENTS, type LiveEvents } from "../events/live-events";

/**
 * What ingesting an article did. Written: the extraction that was written, under its new document id.
 * Not written: a document with the same text was already in the graph, so the article was not read
 * at all; `documentId` is the earlier document's.
 */
export type IngestOutcome = { written: true; documentId: string; extraction: Extraction } | { written: false; documentId: string; extraction: null };

/** Told of what each ingest or delete came to (the app's metrics count them). */
export type DocumentObserver = (action: "ingest" | "delete", outcome: "written" | "unchanged" | "deleted" | "not_found" | "error") => void;

/**
 * Adds articles to the graph: checks the input, extracts entities and facts with sentence-level
 * provenance, resolves them against the graph, and writes the document in one transaction through
 * the same loader as the seeds. Re-sending the same text writes nothing; deleting a document removes
 * exactly the facts it supports. Each write, once committed, is told to live-update subscribers.
 */
export class IngestService {
  private readonly loader: DocumentLoader;

  constructor(
    private readonly gateway: Neo4jGateway,
    private readonly maxBytes: number,
    private readonly live: LiveEvents = NO_LIVE_EVENTS,
    private readonly observe: DocumentObserver = () => {},
  ) {
    this.loader = new DocumentLoader(gateway);
  }

  private readonly lookup: EntityLookup = async (keys) => {
    if (keys.length === 0) return [];
    const rows = await this.gateway.read("find-entities-by-name-keys", { keys, keysQueries: nameKeysQueries(keys), labels: MENTION_LABELS });
    return rows.map((row) => ({ id: row.id as string, label: row.label as string, name: row.name as string, nameKeys: (row.nameKeys as string[]) ?? [] }));
  };

  private readonly neighboursOf: NeighbourLookup = async (ids) => {
    const rows = await this.gateway.read("list-draft-neighbours", { ids, labels: RESOLVED_DRAFT_LABELS, types: FACT_RELATIONSHIP_TYPES });
    return rows.map((row) => ({
      id: row.id as string,
      label: row.label as string,
      name: row.name as string,
      properties: row.properties as Record<string, unknown>,
      facts: row.facts as { type: string; from: string; to: string }[],
    }));
  };

  private readonly idsInUse = async (ids: string[]) => (await this.gateway.read("find-nodes-by-id", { ids, nodeKeys: {} })).map((row) => row.id as string);

  /** What ingesting the article would create and match, without writing anything. */
  async preview(input: ArticleInput): Promise<Extraction> {
    checkArticle(input, this.maxBytes);
    return extractDocument(input, this.lookup, this.idsInUse, this.neighboursOf);
  }

  /**
   * Writes the article unless the graph already holds its text: the content hash is looked up before
   * anything is extracted. A facts file the extractor gets wrong is an InvalidFactsError (INVALID_FACTS)
   * and writes nothing.
   */
  async ingest(input: ArticleInput): Promise<IngestOutcome> {
    try {
      const outcome = await this.ingestNow(input);
      this.observe("ingest", outcome.written ? "written" : "unchanged");
      return outcome;
    } catch (error) {
      this.observe("ingest", "error");
      throw error;
    }
  }

  private async ingestNow(input: ArticleInput): Promise<IngestOutcome> {
    checkArticle(input, this.maxBytes);
    const contentHash = contentHashOf(input.text);
    const existing = await this.documentWithHash(contentHash);
    if (existing) return { written: false, documentId: existing, extraction: null };
    const extraction = await extractDocument(input, this.lookup, this.idsInUse, this.neighboursOf);
    const { plan, problems } = planDocument(extraction.factsFile, input.text);
    if (problems.length > 0) throw new InvalidFactsError(extraction.documentId, problems);
    let summary: LoadSummary;
    try {
      summary = await this.loader.load(plan);
    } catch (error) {
      // The same text sent twice at once: both pass the check above, and the content hash's
      // uniqueness constraint lets only one commit. The other finds it written and writes nothing.
      const written = await this.documentWithHash(contentHash);
      if (written && written !== extraction.documentId) return { written: false, documentId: written, extraction: null };
      throw error;
    }
    const existingEntities = extraction.entities.filter((entity) => entity.existing).length;
    this.live.documentIngested({
      id: extraction.documentId,
      title: input.title,
      source: input.source ?? null,
      publishedOn: input.publishedOn,
      newEntities: extraction.entities.length - existingEntities,
      existingEntities,
      facts: extraction.facts.length,
      entityIds: summary.entityIds,
    });
    return { extraction, written: true, documentId: extraction.documentId };
  }

  private async documentWithHash(contentHash: string): Promise<string | null> {
    const [existing] = await this.gateway.read("find-document-by-hash", { contentHash });
    return existing ? (existing.id as string) : null;
  }

  /** Removes a document and the facts only it supports; null when there is no such document. */
  async delete(documentId: string): Promise<LoadSummary | null> {
    let summary: LoadSummary | null;
    try {
      summary = await this.loader.delete(documentId);
    } catch (error) {
      this.observe("delete", "error");
      throw error;
    }
    this.observe("delete", summary ? "deleted" : "not_found");
    if (summary) this.live.documentDeleted({ id: documentId, removedRelationships: summary.relationships, entityIds: summary.entityIds });
    return summary;
  }
}
