import type { EventBus } from "./event-bus";

/** Why an entity changed: an article that mentions it was added, or one that mentioned it was deleted. */
export enum EntityChangeCause {
  DOCUMENT_INGESTED = "DOCUMENT_INGESTED",
  DOCUMENT_DELETED = "DOCUMENT_DELETED",
}

/** An article was written to the graph. Plain data: it crosses Redis as JSON. */
export interface DocumentIngestedEvent {
  id: string;
  title: string;
  source: string | null;
  /** The EDTF date the article was published on, when known. */
  publishedOn: string | null;
  newEntities: number;
  existingEntities: number;
  facts: number;
  /** Every entity whose facts the ingest added or replaced. */
  entityIds: string[];
}

/** A document was removed with the facts only it supported. */
export interface DocumentDeletedEvent {
  id: string;
  removedRelationships: number;
  /** Every entity it mentioned: rebuilt from its other sources, or removed. */
  entityIds: string[];
}

/** Facts about an entity were added or removed. */
export interface EntityChangedEvent {
  id: string;
  documentId: string;
  cause: EntityChangeCause;
}

/** The topic of each kind of event; an entity's changes have a topic per entity, so that a subscriber only hears of its own. */
export const LIVE_TOPICS = {
  documentIngested: "documentIngested",
  documentDeleted: "documentDeleted",
  entityChanged: (id: string) => `entityChanged:${id}`,
} as const;

/**
 * What the service layer tells subscribers once a write has committed: a document event, then an
 * entityChanged for each entity the write touched.
 */
export class LiveEvents {
  constructor(private readonly bus: EventBus | null) {}

  documentIngested(event: DocumentIngestedEvent): void {
    this.bus?.publish(LIVE_TOPICS.documentIngested, event);
    this.entitiesChanged(event.entityIds, event.id, EntityChangeCause.DOCUMENT_INGESTED);
  }

  documentDeleted(event: DocumentDeletedEvent): void {
    this.bus?.publish(LIVE_TOPICS.documentDeleted, event);
    this.entitiesChanged(event.entityIds, event.id, EntityChangeCause.DOCUMENT_DELETED);
  }

  private entitiesChanged(ids: string[], documentId: string, cause: EntityChangeCause): void {
    for (const id of ids) this.bus?.publish(LIVE_TOPICS.entityChanged(id), { id, documentId, cause } satisfies EntityChangedEvent);
  }
}

/** Where a write made outside a server (the CLI) reports: nowhere. */
export const NO_LIVE_EVENTS = new LiveEvents(null);
