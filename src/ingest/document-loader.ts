import type { Neo4jGateway } from "../db/neo4j-gateway";
import type { DocumentPlan } from "./plan-document";

export interface LoadSummary {
  documentId: string;
  entities: number;
  relationships: number;
}

/**
 * Writes one planned document in a single transaction: it first removes what the document
 * contributed before, then writes its entities, mentions and relationships again. Loading the same
 * plan twice therefore leaves the same graph, and a changed facts file replaces its old facts.
 */
export class DocumentLoader {
  constructor(private readonly gateway: Neo4jGateway) {}

  async load(plan: DocumentPlan): Promise<LoadSummary> {
    const documentId = plan.document.id;
    return this.gateway.writeTransaction(async (tx) => {
      const [cleared] = await tx.run("clear-document-facts", { documentId });
      await tx.run("upsert-document", { documentId, properties: plan.document.properties });
      await tx.run("upsert-entities", { documentId, entities: plan.entities });
      const [created] = await tx.run("create-facts", { relationships: plan.relationships });
      const ids = [...new Set([...(cleared.previouslyMentioned as string[]), ...plan.entities.map((entity) => entity.id)])];
      await tx.run("refresh-entity-names", { ids });
      return { documentId, entities: plan.entities.length, relationships: Number(created?.relationships ?? 0) };
    });
  }
}
