import { modelInUse } from "../../model/model-in-use";
import { Args, Arg, Authorized, Mutation, Resolver } from "type-graphql";
import { WRITE_SCOPE } from "../../auth/authenticate";
import { NotFoundError } from "../../errors";
import type { Extraction as ExtractionRecord } from "../../extract/extraction";
import { EXTRACTOR_VERSION } from "../../extract/extractor-version";
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

/** The extraction of an article that was not read because the graph already holds its text: its document, nothing found. */
function notRead(documentId: string): Extraction {
  return Object.assign(new Extraction(), { documentId, extractorVersion: EXTRACTOR_VERSION, sentences: 0, entities: [], facts: [] });
}

@Resolver()
export class IngestResolver {
  constructor(
    private readonly ingest: IngestService,
    private readonly repository: GraphRepository,
  ) {}

  @Authorized(WRITE_SCOPE)
  @Mutation(() => IngestResult, {
    description: "Adds an article: extracts its entities and facts, resolves them against the graph and writes them in one transaction. Needs an API key.",
  })
  async ingestDocument(
    @Arg("input", () => IngestDocumentInput, { description: "The article: its headline, text and where it comes from." }) input: IngestDocumentInput,
  ): Promise<IngestResult> {
    const outcome = await this.ingest.ingest({ ...input, publishedOn: input.publishedOn?.value ?? null });
    const record = await this.repository.findById(outcome.documentId);
    const document = record ? hydrateNode(record) : null;
    if (!outcome.written) {
      return Object.assign(new IngestResult(), {
        written: false,
        message: `Already ingested as ${outcome.documentId} (same text); nothing was read and nothing changed.`,
        document,
        newEntities: 0,
        existingEntities: 0,
        extraction: notRead(outcome.documentId),
      });
    }
    const { extraction } = outcome;
    const existing = extraction.entities.filter((entity) => entity.existing).length;
    return Object.assign(new IngestResult(), {
      written: true,
      message: `Ingested ${outcome.documentId}: ${extraction.entities.length - existing} new entities, ${existing} matched, ${extraction.facts.length} facts.`,
      document,
      newEntities: extraction.entities.length - existing,
      existingEntities: existing,
      extraction: toExtraction(extraction),
    });
  }

  @Authorized(WRITE_SCOPE)
  @Mutation(() => Extraction, { description: "What ingestDocument would extract from a text, writing nothing. Needs an API key." })
  async previewExtraction(@Args() args: PreviewExtractionArgs): Promise<Extraction> {
    return toExtraction(await this.ingest.preview({ title: args.title, text: args.text, publishedOn: args.publishedOn?.value ?? null }));
  }

  @Authorized(WRITE_SCOPE)
  @Mutation(() => DeleteDocumentResult, {
    description: "Removes a document and every fact only it supports; entities left with no source go too. Needs an API key.",
  })
  async deleteDocument(@Args() { id }: DeleteDocumentArgs): Promise<DeleteDocumentResult> {
    const summary = await this.ingest.delete(id);
    if (!summary) throw new NotFoundError(modelInUse().model.documentLabel, id);
    return Object.assign(new DeleteDocumentResult(), { documentId: id, removedRelationships: summary.relationships, entitiesTouched: summary.entities });
  }
}
