import { createHash } from "node:crypto";

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

export interface Supersession {
  type: string;
  from: string;
  factKey: string;
  supersededFrom: string | null;
  supersededBy: string | null;
  supersededRecordedAt: string | null;
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

const startOf = (fact: SingleFact) => fact.validFromStart ?? "";
const distinctValue = (fact: SingleFact) => (fact.single === "per-source" ? fact.to : fact.factKey);

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
 * Works out, for single-valued facts (at most one holds at a time for a source, or a source and
 * target pair), which later-valid fact supersedes each one and from when, and which ones dispute each
 * other: different values that start to hold at the same time (both open, or the same start). The
 * rule is the model's declaration, never a guess; nothing is deleted.
 */
export function planSupersession(facts: SingleFact[]): { supersessions: Supersession[]; conflicts: PlannedConflict[] } {
  const supersessions: Supersession[] = [];
  const conflicts: PlannedConflict[] = [];
  const groups = groupBy(facts, (fact) => JSON.stringify([fact.type, fact.from, fact.single === "per-pair" ? fact.to : ""]));
  for (const group of groups.values()) {
    for (const fact of group) {
      const later = group
        .filter((other) => distinctValue(other) !== distinctValue(fact) && startOf(other) > startOf(fact))
        .sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a.id < b.id ? -1 : 1))[0];
      supersessions.push({
        type: fact.type,
        from: fact.from,
        factKey: fact.factKey,
        supersededFrom: later?.validFromStart ?? null,
        supersededBy: later?.id ?? null,
        supersededRecordedAt: later?.recordedAt ?? null,
      });
    }
    for (const [start, same] of groupBy(group, startOf)) {
      const values = groupBy(same, distinctValue);
      if (values.size < 2) continue;
      const first = same[0];
      const disputed = `${first.type} of ${first.from}${first.single === "per-pair" ? ` at ${first.to}` : ""}${start ? ` from ${start}` : ""}`;
      const claims = [...values.values()].map(([fact]) => ({ id: fact.id, value: fact.value, evidence: fact.evidence }));
      conflicts.push({ id: conflictId(first.from, disputed), subjectId: first.from, disputed, claims: claims.sort((a, b) => (a.id < b.id ? -1 : 1)) });
    }
  }
  return { supersessions, conflicts };
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
