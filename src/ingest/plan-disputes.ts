import { createHash } from "node:crypto";
import type { StatedValue } from "../model/property-history";

/** A single-valued fact as the dispute planner reads it: its group, its value and when it starts to hold. */
export interface SingleFact {
  type: string;
  from: string;
  to: string;
  factKey: string;
  id: string;
  /** "per-source" facts differ by their target; "per-pair" facts by their key (their own properties). */
  single: "per-source" | "per-pair";
  /** What the fact says, for people: the target's name, or the title. */
  value: string;
  validFromStart: string | null;
  recordedAt: string | null;
  evidence: string[];
}

/** A node of a label declared to happen once for what it concerns (a partnership start), with its date. */
export interface OnceNode {
  id: string;
  subject: string;
  kind: string;
  date: string | null;
  dateText: string | null;
  evidence: string[];
}

/** A node of a label that states one value of a measure of its subject (a figure), with the relationship from the subject. */
export interface MeasureNode {
  id: string;
  subject: string;
  /** What is measured, and the properties comparable values share (unit, qualifier, period), absent as null. */
  measure: string;
  alike: (string | number | null)[];
  value: string | number;
  asOfStart: string | null;
  /** The relationship from the subject: the fact a later value supersedes. */
  fact: { type: string; id: string; factKey: string; recordedAt: string | null };
  evidence: string[];
}

/** What one document states of a node (its mention): the document, the properties as stated, and the quote as provenance JSON. */
export interface StatedProperties {
  documentId: string;
  properties: Record<string, unknown>;
  evidence: string;
}

export interface Supersession {
  type: string;
  from: string;
  factKey: string;
  supersededFrom: string | null;
  supersededBy: string | null;
  supersededRecordedAt: string | null;
  /**
   * Every later-starting claim of another identity in the group, by start: the ids of their facts,
   * their starts and when each was recorded ("" when unknown), so that a read as of an earlier time
   * can take the first one known then.
   */
  supersedingIds: string[];
  supersedingStarts: string[];
  supersedingRecordedAt: string[];
}

/** One side of a conflict: the fact or node that makes the claim, the value it claims and its evidence as JSON claims or provenance. */
export interface ConflictClaim {
  id: string;
  value: string;
  evidence: string[];
}

export interface PlannedConflict {
  id: string;
  subjectId: string;
  disputed: string;
  claims: ConflictClaim[];
}

/**
 * What the planner compares, whatever rule declared it: a claim in a group of which one holds at a
 * time, what makes its value distinct from a rival's (`distinct`) and from a superseding claim's
 * (`identity`), when it starts to hold, and the fact that records its supersession.
 */
interface Rival {
  group: string;
  distinct: string;
  identity: string;
  start: string | null;
  subject: string;
  /** What is disputed, for people, before its start is added. */
  disputed: string;
  fact: { type: string; from: string; factKey: string; id: string; recordedAt: string | null };
  claim: ConflictClaim;
}

const startOf = (rival: Rival) => rival.start ?? "";
const byStart = (a: Rival, b: Rival) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a.fact.id < b.fact.id ? -1 : 1);

function conflictId(subject: string, disputed: string): string {
  return `conflict:${createHash("sha256")
    .update(JSON.stringify([subject, disputed]))
    .digest("hex")
    .slice(0, 20)}`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The disputes among the claims about one thing of `subject`: claims that start to hold at the same
 * time (the same start, or both open) with different values (`distinct`) dispute each other, one
 * conflict per such start, whose id follows from the subject and what is disputed. Each value is one
 * claim, made by `claimOf` from every item that states it.
 */
function sameStartConflicts<T>(
  subject: string,
  disputed: string,
  items: T[],
  start: (item: T) => string,
  distinct: (item: T) => string,
  claimOf: (same: T[]) => ConflictClaim,
): PlannedConflict[] {
  const conflicts: PlannedConflict[] = [];
  for (const [from, same] of groupBy(items, start)) {
    const values = groupBy(same, distinct);
    if (values.size < 2) continue;
    const what = `${disputed}${from ? ` from ${from}` : ""}`;
    const claims = [...values.values()].map(claimOf).sort((a, b) => (a.id < b.id ? -1 : 1));
    conflicts.push({ id: conflictId(subject, what), subjectId: subject, disputed: what, claims });
  }
  return conflicts;
}

/**
 * Within each group, the next later-starting claim of another identity supersedes a claim from its
 * start, and claims with different values that start at the same time (both open, or the same start)
 * dispute each other. Shared by every rule so that supersession and conflicts mean the same thing
 * for facts and for the nodes that state values.
 */
function planRivals(rivals: Rival[]): { supersessions: Supersession[]; conflicts: PlannedConflict[] } {
  const supersessions: Supersession[] = [];
  const conflicts: PlannedConflict[] = [];
  for (const group of groupBy(rivals, (rival) => rival.group).values()) {
    for (const rival of group) {
      const laters = group.filter((other) => other.identity !== rival.identity && startOf(other) > startOf(rival)).sort(byStart);
      const later = laters[0];
      supersessions.push({
        type: rival.fact.type,
        from: rival.fact.from,
        factKey: rival.fact.factKey,
        supersededFrom: later?.start ?? null,
        supersededBy: later?.fact.id ?? null,
        supersededRecordedAt: later?.fact.recordedAt ?? null,
        supersedingIds: laters.map((other) => other.fact.id),
        supersedingStarts: laters.map(startOf),
        supersedingRecordedAt: laters.map((other) => other.fact.recordedAt ?? ""),
      });
    }
    const [{ subject, disputed }] = group;
    conflicts.push(
      ...sameStartConflicts(
        subject,
        disputed,
        group,
        startOf,
        (rival) => rival.distinct,
        ([rival]) => rival.claim,
      ),
    );
  }
  return { supersessions, conflicts };
}

/**
 * Works out, for single-valued facts (at most one holds at a time for a source, or a source and
 * target pair), which later-valid fact supersedes each one and from when, and which ones dispute each
 * other: different values that start to hold at the same time (both open, or the same start). The
 * rule is the model's declaration, never a guess; nothing is deleted.
 */
export function planSupersession(facts: SingleFact[]): { supersessions: Supersession[]; conflicts: PlannedConflict[] } {
  return planRivals(
    facts.map((fact) => {
      // "per-source" facts differ by their target; "per-pair" facts by their key (their own properties).
      const distinct = fact.single === "per-source" ? fact.to : fact.factKey;
      return {
        group: JSON.stringify([fact.type, fact.from, fact.single === "per-pair" ? fact.to : ""]),
        distinct,
        identity: distinct,
        start: fact.validFromStart,
        subject: fact.from,
        disputed: `${fact.type} of ${fact.from}${fact.single === "per-pair" ? ` at ${fact.to}` : ""}`,
        fact,
        claim: { id: fact.id, value: fact.value, evidence: fact.evidence },
      };
    }),
  );
}

/**
 * The same for nodes that each state a value of a measure of their subject (see MeasureSpec): values
 * of one measure, alike in unit, qualifier and period, that differ for the same `asOf` are a conflict
 * whose claims are the nodes; a later `asOf` supersedes an earlier one on the relationship from the
 * subject, whatever its value, so that as-of queries read the value that held then.
 */
export function planMeasures(nodes: MeasureNode[], label: string, valueName: string): { supersessions: Supersession[]; conflicts: PlannedConflict[] } {
  return planRivals(
    nodes.map((node) => {
      const alike = node.alike.filter((value) => value !== null).join(", ");
      return {
        group: JSON.stringify([node.fact.type, node.subject, node.measure, node.alike]),
        distinct: String(node.value),
        identity: node.id,
        start: node.asOfStart,
        subject: node.subject,
        disputed: `${valueName} of the ${label} "${node.measure}"${alike ? ` (${alike})` : ""} of ${node.subject}`,
        fact: { ...node.fact, from: node.subject },
        claim: { id: node.id, value: String(node.value), evidence: node.evidence },
      };
    }),
  );
}

/** Conflicts among nodes that happen once for their subject (two start dates for one partnership): one per subject and kind with more than one date. */
export function planOnceConflicts(nodes: OnceNode[], label: string, dateName: string): PlannedConflict[] {
  const conflicts: PlannedConflict[] = [];
  for (const same of groupBy(nodes, (node) => JSON.stringify([node.subject, node.kind])).values()) {
    const dates = groupBy(
      same.filter((node) => node.date !== null),
      (node) => node.date as string,
    );
    if (dates.size < 2) continue;
    const { subject, kind } = same[0];
    const disputed = `${dateName} of the ${kind} ${label} of ${subject}`;
    const claims = [...dates.values()].map(([node]) => ({
      id: node.id,
      value: node.dateText ? `${node.date} (${node.dateText})` : (node.date as string),
      evidence: node.evidence,
    }));
    conflicts.push({ id: conflictId(subject, disputed), subjectId: subject, disputed, claims: claims.sort((a, b) => (a.id < b.id ? -1 : 1)) });
  }
  return conflicts;
}

/** One document's value of a node property: its key for comparison, its text for people, when it holds from (null: undated) and its quote as provenance JSON. */
interface DocumentValue {
  documentId: string;
  key: string;
  text: string;
  start: string | null;
  evidence: string;
}

/** The documents that disagree on `name` of `node` at the same start: each claim is named after the first document that states its value and carries every quote that does. */
function documentConflicts(node: { id: string; label: string }, name: string, values: DocumentValue[]): PlannedConflict[] {
  return sameStartConflicts(
    node.id,
    `${name} of the ${node.label} ${node.id}`,
    values,
    (value) => value.start ?? "",
    (value) => value.key,
    (same) => ({ id: same[0].documentId, value: same[0].text, evidence: same.map((value) => value.evidence) }),
  );
}

/**
 * Conflicts among documents that state different values of a property a node has one of (see
 * PropertySpec.oneValue: two opening dates for one facility): one per node and property, whose
 * claims are the documents, each claim named after the first document that states its value and
 * carrying every quote that does. `text` gives a value for people (a date with its words).
 */
export function planPropertyConflicts(
  node: { id: string; label: string },
  names: string[],
  stated: StatedProperties[],
  text: (name: string, properties: Record<string, unknown>) => string,
): PlannedConflict[] {
  return names.flatMap((name) =>
    documentConflicts(
      node,
      name,
      stated
        .filter((mention) => mention.properties[name] !== undefined && mention.properties[name] !== null)
        .map((mention) => ({
          documentId: mention.documentId,
          key: JSON.stringify(mention.properties[name]),
          text: text(name, mention.properties),
          start: null,
          evidence: mention.evidence,
        })),
    ),
  );
}

/**
 * Conflicts among documents that state different values of a property that changes over time (see
 * PropertySpec.history: a plant's status) from the same day, or both without a date: one per node,
 * property and start, whose claims are the documents as for planPropertyConflicts. Values that start
 * on different days are no dispute: the later supersedes the earlier for as-of reads.
 */
export function planHistoryConflicts(node: { id: string; label: string }, name: string, history: StatedValue<string>[]): PlannedConflict[] {
  return documentConflicts(
    node,
    name,
    history.map((entry) => ({
      documentId: entry.documentId,
      key: JSON.stringify(entry.value),
      text: String(entry.value),
      start: entry.start,
      evidence: entry.provenance,
    })),
  );
}
