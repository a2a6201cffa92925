import { renderCypher, type RenderedCypher } from "../db/cypher-library";
import type { Neo4jGateway, WriteTransaction } from "../db/neo4j-gateway";
import { modelInUse } from "../model/model-in-use";
import { InvalidFactsError } from "../errors";
import { mergeMentions, type MentionRecord } from "./merge-mentions";
import type { DocumentPlan } from "./plan-document";

export interface LoadSummary {
  documentId: string;
  entities: number;
  relationships: number;
  /** The entities whose facts the load or delete added, replaced or removed. */
  entityIds: string[];
}

/** The relationship-id conflict check for the types a document uses, one indexed lookup per type. */
function conflictQuery(plan: DocumentPlan): RenderedCypher {
  const types = [...new Set(plan.relationships.map((relationship) => relationship.type))];
  const branches = types.map((type) => {
    if (!modelInUse().factTypes.includes(type)) throw new Error(`Unknown relationship type ${type}`);
    return renderCypher("find-relationship-id-conflicts-branch", { type });
  });
  return { template: "find-relationship-id-conflicts", text: renderCypher("find-relationship-id-conflicts", { branches: branches.join("\nUNION ALL\n") }) };
}

/**
 * Writes one planned document in a single transaction. It removes what the document contributed
 * before, writes its entities, mentions and relationships again, and rebuilds every entity it
 * touches from all the documents that mention it. Loading the same plan twice leaves the same graph,
 * a changed facts file replaces its old facts, and a relationship id that another document already
 * uses rolls the whole document back. (An entity cannot change label: its id starts with the label.)
 */
export class DocumentLoader {
  constructor(private readonly gateway: Neo4jGateway) {}

  async load(plan: DocumentPlan): Promise<LoadSummary> {
    const documentId = plan.document.id;
    const file = String(plan.document.properties.file ?? documentId);
    // Entities are written in id order, so that two documents that share entities lock them in the
    // same order and cannot deadlock. The writes are pipelined (sent together, run in order), so the
    // locks on shared entities are held for as few round trips as possible.
    const entities = [...plan.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.gateway.writeTransaction(async (tx) => {
      await this.checkConflicts(tx, plan, file);
      const [[cleared], , , [created]] = await Promise.all([
        tx.run("clear-document-facts", { documentId }),
        tx.run("upsert-document", { documentId, properties: plan.document.properties }),
        tx.run("upsert-entities", { documentId, entities }),
        tx.run("create-facts", { relationships: plan.relationships }),
      ]);
      const ids = [...new Set([...(cleared.previouslyMentioned as string[]), ...plan.entities.map((entity) => entity.id)])];
      await this.rebuildEntities(tx, ids);
      return { documentId, entities: plan.entities.length, relationships: Number(created?.relationships ?? 0), entityIds: ids };
    });
  }

  /**
   * Removes a document and every fact it supports, in one transaction: the entities it mentioned are
   * rebuilt from the documents that still mention them, and those no document mentions any more go.
   * Returns null when there is no such document.
   */
  async delete(documentId: string): Promise<LoadSummary | null> {
    return this.gateway.writeTransaction(async (tx) => {
      const [found] = await tx.run("find-document", { documentId });
      if (!found) return null;
      const [cleared] = await tx.run("clear-document-facts", { documentId });
      await tx.run("delete-document", { documentId });
      const ids = cleared.previouslyMentioned as string[];
      await this.rebuildEntities(tx, ids);
      return { documentId, entities: ids.length, relationships: Number(cleared.removed ?? 0), entityIds: ids };
    });
  }

  private async checkConflicts(tx: WriteTransaction, plan: DocumentPlan, file: string): Promise<void> {
    if (plan.relationships.length === 0) return;
    const ids = await tx.run(conflictQuery(plan), { documentId: plan.document.id, relationships: plan.relationships });
    const problems = ids.map((row) => `relationship ${String(row.id)}: id already used by ${String(row.documentId)}`);
    if (problems.length > 0) throw new InvalidFactsError(file, problems);
  }

  private async rebuildEntities(tx: WriteTransaction, ids: string[]): Promise<void> {
    const rows = await tx.run("read-entity-mentions", { ids });
    const entities = rows
      .filter((row) => (row.mentions as MentionRecord[]).length > 0)
      .map((row) => ({ id: row.id, properties: mergeMentions(row.id as string, row.mentions as MentionRecord[]) }));
    await Promise.all([tx.run("replace-entity-properties", { entities }), tx.run("delete-unmentioned-entities", { ids })]);
  }
}
