import { Args, Arg, Authorized, Mutation, Resolver } from "type-graphql";
import { WRITE_SCOPE } from "../../auth/authenticate";
import { NotFoundError } from "../../errors";
import { EXTRACTOR_VERSION, type Extraction as ExtractionRecord } from "../../extract/extract-document";
import { IngestService } from "../../ingest/ingest.service";
import { GraphRepository } from "../../repositories/graph.repository";
import { hydrateNode } from "../node/hydrate-node";
import { DeleteDocumentArgs, IngestDocumentInput, PreviewExtractionArgs } from "./ingest.input";
import { DeleteDocumentResult, Extraction, IngestResult } from "./ingest.type";

function toExtraction(record: ExtractionRecord): Extraction {
  return Object.assign(new Extraction(), {
    documentId: record.documentId,
    extractorVersion: EXTRACTOR_VERSION,
    sentences: record.sentences,
    entities: record.entities,
    facts: record.facts,
  });
}

@Resolver()
export class IngestResolver {
  constructor(
    private readonly ingest: IngestService,
    private readonly repository: GraphRepository,
  ) {}

  @Authorized(WRITE_SCOPE)
  @Mutation(() => IngestResult, { description: "Adds an article: extracts its entities and facts, resolves them against the graph and writes them in one transaction. Needs an API key." })
  async ingestDocument(@Arg("input", () => IngestDocumentInput) input: IngestDocumentInput): Promise<IngestResult> {
    const outcome = await this.ingest.ingest({ ...input, publishedOn: input.publishedOn ?? null });
    const record = await this.repository.findById(outcome.documentId);
    const existing = outcome.extraction.entities.filter((entity) => entity.existing).length;
    return Object.assign(new IngestResult(), {
      written: outcome.written,
      message: outcome.written
        ? `Ingested ${outcome.documentId}: ${outcome.extraction.entities.length - existing} new entities, ${existing} matched, ${outcome.extraction.facts.length} facts.`
        : `Already ingested as ${outcome.documentId} (same text); nothing changed.`,
      document: record ? hydrateNode(record) : null,
      newEntities: outcome.written ? outcome.extraction.entities.length - existing : 0,
      existingEntities: existing,
      extraction: toExtraction(outcome.extraction),
    });
  }

  @Authorized(WRITE_SCOPE)
  @Mutation(() => Extraction, { description: "What ingestDocument would extract from a text, writing nothing. Needs an API key." })
  async previewExtraction(@Args() args: PreviewExtractionArgs): Promise<Extraction> {
    return toExtraction(await this.ingest.preview({ title: args.title, text: args.text, publishedOn: args.publishedOn ?? null }));
  }

  @Authorized(WRITE_SCOPE)
  @Mutation(() => DeleteDocumentResult, { description: "Removes a document and every fact only it supports; entities left with no source go too. Needs an API key." })
  async deleteDocument(@Args() { id }: DeleteDocumentArgs): Promise<DeleteDocumentResult> {
    const summary = await this.ingest.delete(id);
    if (!summary) throw new NotFoundError("Document", id);
    return Object.assign(new DeleteDocumentResult(), { documentId: id, removedRelationships: summary.relationships, entitiesTouched: summary.entities });
  }
}
