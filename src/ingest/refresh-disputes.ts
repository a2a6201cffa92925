import type { WriteTransaction } from "../db/neo4j-gateway";
import { MENTION_RELATIONSHIP } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import { datePartName } from "../model/stored-properties";
import {
  planMeasures,
  planOnceConflicts,
  planPropertyConflicts,
  planSupersession,
  type PlannedConflict,
  type SingleFact,
  type Supersession,
} from "./plan-disputes";

/** What one rule found around the touched entities: supersessions, conflicts and the subjects it looked at. */
interface Disputes {
  supersessions: Supersession[];
  conflicts: PlannedConflict[];
  subjects: string[];
}

/** The single-valued fact types of the model, and the property that captions each (a title). */
function singleTypes() {
  const view = modelInUse();
  const types = view.factTypes.filter((type) => view.relationship(type).single);
  const captions = Object.fromEntries(types.map((type) => [type, view.relationship(type).caption ?? ""]));
  return { types, captions, single: (type: string) => view.relationship(type).single as SingleFact["single"] };
}

async function readOnceNodes(tx: WriteTransaction, ids: string[]): Promise<Disputes> {
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
  return { supersessions: [], conflicts, subjects: [...subjects] };
}

/** The values of measures (see LabelSpec.measures) of the subjects around `ids`, planned by planMeasures. */
async function readMeasures(tx: WriteTransaction, ids: string[]): Promise<Disputes> {
  const view = modelInUse();
  const found: Disputes = { supersessions: [], conflicts: [], subjects: [] };
  for (const label of view.labels) {
    const measures = view.label(label).measures;
    if (!measures) continue;
    const rows = await tx.run("read-measures", {
      ids,
      label,
      relationship: measures.relationship,
      mention: MENTION_RELATIONSHIP,
      measure: measures.measure,
      alike: [...measures.alike],
      value: measures.value,
      asOfStart: datePartName(measures.asOf, "start"),
    });
    const nodes = rows.map((row) => ({
      id: row.id as string,
      subject: row.subject as string,
      measure: row.measure as string,
      alike: row.alike as (string | number | null)[],
      value: row.value as string | number,
      asOfStart: (row.asOfStart as string | null) ?? null,
      fact: { type: row.type as string, id: row.factId as string, factKey: row.factKey as string, recordedAt: (row.recordedAt as string | null) ?? null },
      evidence: (row.mentions as object[]).map((mention) => JSON.stringify(mention)),
    }));
    const planned = planMeasures(nodes, label, measures.value);
    found.supersessions.push(...planned.supersessions);
    found.conflicts.push(...planned.conflicts);
    found.subjects.push(...nodes.map((node) => node.subject));
  }
  return found;
}

/** A stated value for people: a date's EDTF value with the source's words, anything else as given. */
function statedText(name: string, properties: Record<string, unknown>): string {
  const words = properties[datePartName(name, "text")];
  const value = properties[name];
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  return typeof words === "string" && words !== shown ? `${shown} (${words})` : shown;
}

/** Documents that disagree on a property declared to have one value (see PropertySpec.oneValue) of the nodes `ids`. */
async function readStatedProperties(tx: WriteTransaction, ids: string[]): Promise<Disputes> {
  const view = modelInUse();
  const oneValued = new Map(
    view.labels
      .map((label) => [label, Object.keys(view.propertiesOf(label)).filter((name) => view.propertiesOf(label)[name].oneValue)] as const)
      .filter(([, names]) => names.length > 0),
  );
  if (oneValued.size === 0) return { supersessions: [], conflicts: [], subjects: [] };
  const rows = await tx.run("read-stated-properties", { ids, labels: [...oneValued.keys()], mention: MENTION_RELATIONSHIP });
  const conflicts = rows.flatMap((row) => {
    type Mention = { documentId: string; properties: string | null; quote: string | null; start: number | null; end: number | null };
    const stated = (row.mentions as Mention[]).map(({ properties, ...provenance }) => ({
      documentId: provenance.documentId,
      properties: (properties ? JSON.parse(properties) : {}) as Record<string, unknown>,
      evidence: JSON.stringify(provenance),
    }));
    const label = row.label as string;
    return planPropertyConflicts({ id: row.id as string, label }, oneValued.get(label) ?? [], stated, statedText);
  });
  return { supersessions: [], conflicts, subjects: [] };
}

/** Every rule's reads around `ids`, sent together, and what the rules find. */
async function findDisputes(tx: WriteTransaction, ids: string[]): Promise<Disputes> {
  const { types, captions, single } = singleTypes();
  const [rows, ...rules] = await Promise.all([
    types.length ? tx.run("read-single-facts", { ids, types, captions }) : Promise.resolve([]),
    readOnceNodes(tx, ids),
    readMeasures(tx, ids),
    readStatedProperties(tx, ids),
  ]);
  const facts = rows.map((row) => ({ ...(row as unknown as SingleFact), single: single(row.type as string), evidence: (row.evidence as string[]) ?? [] }));
  const planned = { ...planSupersession(facts), subjects: [] };
  const all = [planned, ...rules];
  return {
    supersessions: all.flatMap((rule) => rule.supersessions),
    conflicts: all.flatMap((rule) => rule.conflicts),
    subjects: all.flatMap((rule) => rule.subjects),
  };
}

/**
 * Works out again, around the entities a load or delete touched, which facts a later one supersedes
 * and where sources disagree (see plan-disputes.ts), and records both: supersession on the facts,
 * disputes as Conflict nodes that keep their resolution while it still applies. A rule may reach a
 * subject beyond the touched entities (the agreement an event concerns); every rule then runs again
 * with it, so that the conflicts dropped as stale are only those of subjects all rules looked at.
 */
export async function refreshDisputes(tx: WriteTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const touched = new Set(ids);
  let found = await findDisputes(tx, ids);
  const beyond = [...new Set(found.subjects.filter((subject) => !touched.has(subject)))];
  const around = [...ids, ...beyond];
  if (beyond.length > 0) found = await findDisputes(tx, around);
  const recorded = found.conflicts.map((conflict) => ({
    id: conflict.id,
    subjectId: conflict.subjectId,
    disputed: conflict.disputed,
    claims: conflict.claims.map((claim) => JSON.stringify(claim)),
    claimIds: conflict.claims.map((claim) => claim.id),
  }));
  // The three writes are sent together.
  await Promise.all([
    tx.run("update-supersession", { facts: found.supersessions }),
    tx.run("upsert-conflicts", { now: new Date().toISOString(), conflicts: recorded }),
    tx.run("delete-stale-conflicts", { subjects: around, keep: found.conflicts.map((conflict) => conflict.id) }),
  ]);
}
