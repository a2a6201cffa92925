import type { Neo4jGateway } from "../db/neo4j-gateway";
import type { ConflictStatus } from "../model/conflict";

/** A conflict as stored: its claims are JSON strings (see src/ingest/plan-disputes.ts). */
export type ConflictRecord = Record<string, unknown>;

/** The most conflicts one list reads; the API pages them in memory. */
export const MAX_CONFLICTS = 1000;

/**
 * Reads and resolves the conflicts the loader records where sources disagree. Conflicts live outside
 * the entity graph, so they have their own small repository.
 */
export class ConflictRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  async list(entity: string | null, status: ConflictStatus | null): Promise<ConflictRecord[]> {
    const rows = await this.gateway.read("list-conflicts", { entity, status, limit: MAX_CONFLICTS });
    return rows.map((row) => row.conflict as ConflictRecord);
  }

  async findById(id: string): Promise<ConflictRecord | null> {
    const [row] = await this.gateway.read("find-conflict", { id });
    return (row?.conflict as ConflictRecord | undefined) ?? null;
  }

  /** Resolves an open conflict in favour of one of its claims; null when it is not open or the claim is not one of its. */
  async resolve(id: string, preferredClaim: string, note: string, resolvedBy: string): Promise<ConflictRecord | null> {
    return this.gateway.writeTransaction(async (tx) => {
      const [row] = await tx.run("resolve-conflict", { id, preferredClaim, note, resolvedBy, resolvedAt: new Date().toISOString() });
      return (row?.conflict as ConflictRecord | undefined) ?? null;
    });
  }
}
