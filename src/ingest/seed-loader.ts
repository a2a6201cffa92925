import path from "node:path";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { DocumentLoader, type LoadSummary } from "./document-loader";
import { FactsFileError } from "./facts-file.error";
import { listFactsFiles, readFactsFile } from "./facts-directory";
import type { DocumentPlan } from "./plan-document";

/**
 * Reads and checks every facts file first, including that an entity id keeps one label across files,
 * then loads each document in its own transaction. A bad file is reported with all its problems and
 * written not at all; the others still load.
 */
export async function loadFactsFiles(gateway: Neo4jGateway, files: string[]): Promise<{ loaded: LoadSummary[]; errors: FactsFileError[] }> {
  const plans: DocumentPlan[] = [];
  const errors: FactsFileError[] = [];
  const labels = new Map<string, { label: string; file: string }>();
  for (const file of files) {
    try {
      const plan = readFactsFile(file);
      const clashes = plan.entities
        .filter((entity) => labels.has(entity.id) && labels.get(entity.id)?.label !== entity.label)
        .map((entity) => `entity ${entity.id} is a ${entity.label} here but a ${labels.get(entity.id)?.label} in ${labels.get(entity.id)?.file}`);
      if (clashes.length > 0) throw new FactsFileError(path.basename(file), clashes);
      for (const entity of plan.entities) labels.set(entity.id, { label: entity.label, file: path.basename(file) });
      plans.push(plan);
    } catch (error) {
      if (!(error instanceof FactsFileError)) throw error;
      errors.push(error);
    }
  }
  const loader = new DocumentLoader(gateway);
  const loaded: LoadSummary[] = [];
  for (const plan of plans) loaded.push(await loader.load(plan));
  return { loaded, errors };
}

/** Applies the schema and loads every facts file of the seeds folder. */
export async function loadSeedDirectory(gateway: Neo4jGateway, seedsDir: string) {
  await gateway.applySchema();
  return loadFactsFiles(gateway, listFactsFiles(seedsDir));
}
