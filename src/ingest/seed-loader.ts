import path from "node:path";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { DocumentLoader, type LoadSummary } from "./document-loader";
import { InvalidFactsError } from "../errors";
import { listFactsFiles, readFactsFile } from "./facts-directory";
import type { DocumentPlan } from "./plan-document";

/** Relationship ids of a plan that an earlier file of the same load already uses. */
function reusedRelationshipIds(plan: DocumentPlan, relationshipFiles: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const relationship of plan.relationships) {
    const earlier = relationshipFiles.get(relationship.id);
    if (earlier) problems.push(`relationship ${relationship.id}: id already used in ${earlier}`);
  }
  return problems;
}

/**
 * Reads and checks every facts file first, then loads each document in its own transaction. A bad
 * file, or one that reuses another's relationship id,
 * is reported with all its problems and written not at all; the others still load.
 */
export async function loadFactsFiles(gateway: Neo4jGateway, files: string[]): Promise<{ loaded: LoadSummary[]; errors: InvalidFactsError[] }> {
  const plans: DocumentPlan[] = [];
  const errors: InvalidFactsError[] = [];
  const relationshipFiles = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file);
    try {
      const plan = readFactsFile(file);
      const problems = reusedRelationshipIds(plan, relationshipFiles);
      if (problems.length > 0) throw new InvalidFactsError(name, problems);
      for (const relationship of plan.relationships) relationshipFiles.set(relationship.id, name);
      plans.push(plan);
    } catch (error) {
      if (!(error instanceof InvalidFactsError)) throw error;
      errors.push(error);
    }
  }
  const loader = new DocumentLoader(gateway);
  const loaded: LoadSummary[] = [];
  for (const plan of plans) {
    try {
      loaded.push(await loader.load(plan));
    } catch (error) {
      if (!(error instanceof InvalidFactsError)) throw error;
      errors.push(error);
    }
  }
  return { loaded, errors };
}

/** Applies the schema and loads every facts file of the seeds folder. */
export async function loadSeedDirectory(gateway: Neo4jGateway, seedsDir: string) {
  await gateway.applySchema();
  return loadFactsFiles(gateway, listFactsFiles(seedsDir));
}
