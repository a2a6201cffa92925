import type { WriteTransaction } from "../db/neo4j-gateway";
import { MENTION_RELATIONSHIP } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import { datePartName } from "../model/stored-properties";
import { planOnceConflicts, planSupersession, type PlannedConflict, type SingleFact } from "./plan-disputes";

/** The single-valued fact types of the model, and the property that captions each (a title). */
function singleTypes() {
  const view = modelInUse();
  const types = view.factTypes.filter((type) => view.relationship(type).single);
  const captions = Object.fromEntries(types.map((type) => [type, view.relationship(type).caption ?? ""]));
  return { types, captions, single: (type: string) => view.relationship(type).single as SingleFact["single"] };
}

async function readOnceNodes(tx: WriteTransaction, ids: string[]): Promise<{ conflicts: PlannedConflict[]; subjects: string[] }> {
  const view = modelInUse();
  const conflicts: PlannedConflict[] = [];
  const subjects = new Set<string>();
  for (const label of view.labels) {
    const once = view.label(label).once;
    if (!once) continue;
    const rows = await tx.run("read-once-nodes", {
      ids,
      label,
      relationship: once.relationship,
      mention: MENTION_RELATIONSHIP,
      kind: once.kind,
      kinds: once.kinds,
      date: once.date,
      dateText: datePartName(once.date, "text"),
    });
    const nodes = rows.map((row) => ({
      id: row.id as string,
      subject: row.subject as string,
      kind: row.kind as string,
      date: (row.date as string | null) ?? null,
      dateText: (row.dateText as string | null) ?? null,
      evidence: (row.mentions as object[]).map((mention) => JSON.stringify(mention)),
    }));
    for (const node of nodes) subjects.add(node.subject);
    conflicts.push(...planOnceConflicts(nodes, label, once.date));
  }
  return { conflicts, subjects: [...subjects] };
}

/**
 * Works out again, around the entities a load or delete touched, which single-valued facts a later
 * one supersedes and where sources disagree (see plan-disputes.ts), and records both: supersession on
 * the facts, disputes as Conflict nodes that keep their resolution while it still applies.
 */
export async function refreshDisputes(tx: WriteTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { types, captions, single } = singleTypes();
  // The two reads are sent together, and so are the three writes: four round trips in all.
  const [rows, once] = await Promise.all([types.length ? tx.run("read-single-facts", { ids, types, captions }) : Promise.resolve([]), readOnceNodes(tx, ids)]);
  const facts = rows.map((row) => ({ ...(row as unknown as SingleFact), single: single(row.type as string), evidence: (row.evidence as string[]) ?? [] }));
  const { supersessions, conflicts } = planSupersession(facts);
  const all = [...conflicts, ...once.conflicts];
  const subjects = [...new Set([...ids, ...once.subjects])];
  const recorded = all.map((conflict) => ({
    id: conflict.id,
    subjectId: conflict.subjectId,
    disputed: conflict.disputed,
    claims: conflict.claims.map((claim) => JSON.stringify(claim)),
    claimIds: conflict.claims.map((claim) => claim.id),
  }));
  await Promise.all([
    tx.run("update-supersession", { facts: supersessions }),
    tx.run("upsert-conflicts", { now: new Date().toISOString(), conflicts: recorded }),
    tx.run("delete-stale-conflicts", { subjects, keep: all.map((conflict) => conflict.id) }),
  ]);
}
