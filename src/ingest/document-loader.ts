import { renderCypher, type RenderedCypher } from "../db/cypher-library";
import type { Neo4jGateway, WriteTransaction } from "../db/neo4j-gateway";
import { MENTION_RELATIONSHIP, type GraphModel } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import { InvalidFactsError } from "../errors";
import { refreshDisputes } from "./refresh-disputes";
import { mergeClaims, type ClaimDocument } from "./merge-claims";
import { mergeMentions, type MentionRecord, type NodeHistory } from "./merge-mentions";
import { historyDocumentKeys, historyProperties } from "../model/property-history";
import type { Claim } from "./fact-claims";
import type { DocumentPlan } from "./plan-document";
import { publisherGrades, type PublisherGrades } from "./publisher-grades";

export interface LoadSummary {
  documentId: string;
  entities: number;
  relationships: number;
  /** The entities whose facts the load or delete added, replaced or removed. */
  entityIds: string[];
}

/** A fact found by its start node, type and key: how the loader names the facts it merges again. */
interface FactRef {
  type: string;
  from: string;
  factKey: string;
}

type DocumentPropertyName = keyof GraphModel["labels"]["Document"]["properties"];

/** The Document properties the loader reads (source, url) and sets (publisher, grade), typed against the model. */
const DOCUMENT_PROPERTY = { publisher: "publisher", reliability: "reliability", source: "source", url: "url" } as const satisfies Record<
  string,
  DocumentPropertyName
>;

/**
 * The relationship-id conflict check, one indexed lookup per fact type of the model. Every document
 * sends the same text, whatever types it uses, so that Neo4j plans the statement once and reuses the
 * plan: a text per set of types was planned again for most documents, seconds each on a busy server.
 */
function conflictQuery(plan: DocumentPlan): RenderedCypher {
  const { factTypes } = modelInUse();
  const unknown = plan.relationships.find((relationship) => !factTypes.includes(relationship.type));
  if (unknown) throw new Error(`Unknown relationship type ${unknown.type}`);
  const branches = factTypes.map((type) => renderCypher("find-relationship-id-conflicts-branch", { type }));
  return { template: "find-relationship-id-conflicts", text: renderCypher("find-relationship-id-conflicts", { branches: branches.join("\nUNION ALL\n") }) };
}

/** The properties of a node with `labels` that change over time, read with the document dates `documentKeys`. */
function nodeHistory(labels: string[], documentKeys: string[]): NodeHistory {
  const view = modelInUse();
  const properties = labels.filter((label) => view.labels.includes(label)).flatMap((label) => historyProperties(view.propertiesOf(label)));
  return { properties, documentKeys };
}

/**
 * Writes one planned document in a single transaction. It removes what the document contributed
 * before, writes its entities, mentions and claims again, merges each fact it states with the other
 * documents' claims of the same fact (one relationship, several evidences), rebuilds every entity it
 * touches from all the documents that mention it, and works out supersession and conflicts again
 * around them. Loading the same plan twice leaves the same graph, a changed facts file replaces its
 * old facts, and a relationship id that another document already uses for another fact rolls the
 * whole document back. (An entity cannot change label: its id starts with the label.)
 */
export class DocumentLoader {
  constructor(
    private readonly gateway: Neo4jGateway,
    private readonly grades: PublisherGrades = publisherGrades(),
  ) {}

  async load(plan: DocumentPlan): Promise<LoadSummary> {
    const documentId = plan.document.id;
    const file = String(plan.document.properties.file ?? documentId);
    // Entities are written in id order, so that two documents that share entities lock them in the
    // same order and cannot deadlock. The writes are pipelined (sent together, run in order), so the
    // locks on shared entities are held for as few round trips as possible.
    const entities = [...plan.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const { publisher, grade } = this.grades.gradeOf(plan.document.properties[DOCUMENT_PROPERTY.source], plan.document.properties[DOCUMENT_PROPERTY.url]);
    const properties = { ...plan.document.properties, [DOCUMENT_PROPERTY.publisher]: publisher, [DOCUMENT_PROPERTY.reliability]: grade };
    const relationships = plan.relationships.map(({ type, from, to, properties: own, factKey, claim }) => ({
      type,
      from,
      to,
      factKey,
      claim,
      properties: own,
    }));
    return this.gateway.writeTransaction(async (tx) => {
      await this.checkConflicts(tx, plan, file);
      const [[cleared], , , [created]] = await Promise.all([
        tx.run("clear-document-facts", { documentId, mention: MENTION_RELATIONSHIP }),
        tx.run("upsert-document", { documentId, properties, recordedAt: new Date().toISOString() }),
        tx.run("upsert-entities", { documentId, entities, mention: MENTION_RELATIONSHIP }),
        tx.run("merge-facts", { documentId, relationships }),
      ]);
      const ids = [...new Set([...(cleared.previouslyMentioned as string[]), ...plan.entities.map((entity) => entity.id)])];
      const written = relationships.map(({ type, from, factKey }) => ({ type, from, factKey: factKey as string }));
      await this.rebuild(tx, [...(cleared.touched as FactRef[]), ...written], ids);
      await refreshDisputes(tx, ids);
      return { documentId, entities: plan.entities.length, relationships: Number(created?.relationships ?? 0), entityIds: ids };
    });
  }

  /**
   * Removes a document and its evidence, in one transaction: facts only it supports go, facts others
   * support keep theirs; the entities it mentioned are rebuilt from the documents that still mention
   * them, and those no document mentions any more go. Returns null when there is no such document.
   */
  async delete(documentId: string): Promise<LoadSummary | null> {
    return this.gateway.writeTransaction(async (tx) => {
      const [found] = await tx.run("find-document", { documentId });
      if (!found) return null;
      const [cleared] = await tx.run("clear-document-facts", { documentId, mention: MENTION_RELATIONSHIP });
      await tx.run("delete-document", { documentId });
      const ids = cleared.previouslyMentioned as string[];
      await this.rebuild(tx, cleared.touched as FactRef[], ids);
      await refreshDisputes(tx, ids);
      return { documentId, entities: ids.length, relationships: Number(cleared.removed ?? 0), entityIds: ids };
    });
  }

  private async checkConflicts(tx: WriteTransaction, plan: DocumentPlan, file: string): Promise<void> {
    if (plan.relationships.length === 0) return;
    const ids = await tx.run(conflictQuery(plan), { documentId: plan.document.id, relationships: plan.relationships.map((r) => ({ ...r, claim: undefined })) });
    const problems = ids.map((row) => `relationship ${String(row.id)}: id already used by ${String(row.documentId)}`);
    if (problems.length > 0) throw new InvalidFactsError(file, problems);
  }

  /**
   * Merges each touched fact's claims again (see mergeClaims) and rebuilds each touched entity from
   * its mentions (see mergeMentions). Both reads go together, then all the writes: two round trips.
   */
  private async rebuild(tx: WriteTransaction, refs: FactRef[], ids: string[]): Promise<void> {
    const unique = [...new Map(refs.map((ref) => [JSON.stringify([ref.type, ref.from, ref.factKey]), ref])).values()];
    const view = modelInUse();
    const documentKeys = historyDocumentKeys(view);
    const [factRows, mentionRows] = await Promise.all([
      unique.length ? tx.run("read-fact-claims", { facts: unique }) : Promise.resolve([]),
      tx.run("read-entity-mentions", { ids, documentKeys, mention: MENTION_RELATIONSHIP }),
    ]);
    const facts = factRows.map((row) => {
      const documents = new Map((row.documents as ClaimDocument[]).map((doc) => [doc.id, doc]));
      const claims = (row.evidence as string[]).map((text) => JSON.parse(text) as Claim);
      const dateNames = view.dateNames(view.relationshipPropertiesOf(row.type as string));
      return { type: row.type, from: row.from, factKey: row.factKey, properties: mergeClaims(claims, documents, dateNames) };
    });
    const entities = mentionRows
      .filter((row) => (row.mentions as MentionRecord[]).length > 0)
      .map((row) => ({
        id: row.id,
        properties: mergeMentions(row.id as string, row.mentions as MentionRecord[], nodeHistory(row.labels as string[], documentKeys)),
      }));
    await Promise.all([
      tx.run("update-facts", { facts }),
      tx.run("replace-entity-properties", { entities }),
      tx.run("delete-unmentioned-entities", { ids, mention: MENTION_RELATIONSHIP }),
    ]);
  }
}
