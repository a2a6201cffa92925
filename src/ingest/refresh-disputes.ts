import type { WriteTransaction } from "../db/neo4j-gateway";
import { MENTION_RELATIONSHIP } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import { datePartName } from "../model/stored-properties";
import { historyDocumentKeys, historyProperties, readStatement, statedHistory, type RawStatement } from "../model/property-history";
import type { HistorySpec } from "../model/model-spec";
import type { MentionEvidence } from "../repositories/graph.repository";
import {
  planHistoryConflicts,
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

/** The properties of each label whose documents may disagree: those declared to have one value (see PropertySpec.oneValue) and those with a history. */
function disputableProperties(): Map<string, { oneValued: string[]; histories: [string, HistorySpec][] }> {
  const view = modelInUse();
  const declared = view.labels.map((label) => {
    const properties = view.propertiesOf(label);
    const oneValued = Object.keys(properties).filter((name) => properties[name].oneValue);
    return [label, { oneValued, histories: historyProperties(properties) }] as const;
  });
  return new Map(declared.filter(([, { oneValued, histories }]) => oneValued.length + histories.length > 0));
}

/**
 * Documents that disagree on a property of the nodes `ids`: a property declared to have one value
 * (any two values), or one with a history (two values from the same day, see planHistoryConflicts).
 */
async function readStatedProperties(tx: WriteTransaction, ids: string[]): Promise<Disputes> {
  const disputable = disputableProperties();
  if (disputable.size === 0) return { supersessions: [], conflicts: [], subjects: [] };
  const documentKeys = historyDocumentKeys(modelInUse());
  const rows = await tx.run("read-stated-properties", { ids, labels: [...disputable.keys()], mention: MENTION_RELATIONSHIP, documentKeys });
  const conflicts = rows.flatMap((row) => {
    const statements = (row.mentions as RawStatement<MentionEvidence>[]).map((raw) => {
      const statement = readStatement(raw, documentKeys);
      return { ...statement, provenance: JSON.stringify(statement.provenance) };
    });
    const node = { id: row.id as string, label: row.label as string };
    const { oneValued, histories } = disputable.get(node.label)!;
    const stated = statements.map(({ documentId, properties, provenance }) => ({ documentId, properties, evidence: provenance }));
    return [
      ...planPropertyConflicts(node, oneValued, stated, statedText),
      ...histories.flatMap(([name, spec]) => planHistoryConflicts(node, name, statedHistory(name, spec, statements))),
    ];
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
