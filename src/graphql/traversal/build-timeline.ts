import type { FactFilter } from "../../repositories/related-shape";
import type { ModelView } from "../../model/model-view";
import type { NodeRecord } from "../../repositories/node-record";
import type { ParsedDate } from "../../model/edtf-date";
import type { DatedFactRecord, EdgeRecord } from "../../repositories/traversal.repository";
import { readPartialDate } from "../common/partial-date.type";
import { hydrateNode } from "../node/hydrate-node";
import { toRelationship } from "../common/relationship.type";
import type { Node } from "../node/node.interface";
import { TimelineEntry } from "./timeline-entry.type";

export interface TimelineFilter {
  from?: ParsedDate | null;
  to?: ParsedDate | null;
  kinds?: string[] | null;
  /** The fact filters (as-of, sources...), applied by the statement that reads the facts. */
  facts?: FactFilter;
}

const PRECISION_RANK: Record<string, number> = { DAY: 0, MONTH: 1, SEASON: 2, YEAR: 3 };

/** The key an entry sorts by, unique per dated fact: its first day, then its precision (a day before the month that holds it), then its title and what holds the date. */
function timelineSortKey(entry: TimelineEntry): string {
  return `${entry.date.start} ${PRECISION_RANK[entry.date.precision]} ${entry.title}\u0000${entry.relationship?.id ?? entry.node.id}#${entry.property}`;
}

/** The entries of one node: one per declared date it holds, each under the kind the model gives that date. */
function nodeEntries(view: ModelView, node: NodeRecord, hydrated: Node, relationship: TimelineEntry["relationship"]): [string, TimelineEntry][] {
  if (!view.isEntity(node.label)) return [];
  const declared = view.propertiesOf(node.label);
  return view.timelineDateNames(declared).flatMap((property): [string, TimelineEntry][] => {
    const date = readPartialDate(node.properties, property);
    if (!date) return [];
    const kind = view.timelineKind(declared, property, node.properties);
    const entry = Object.assign(new TimelineEntry(), { date, kind, property, title: node.properties.name as string, node: hydrated, relationship });
    return [[`${node.properties.id as string}#${property}`, entry]];
  });
}

/** The entries a linking relationship carries itself: a position's as-of date, captioned by its title. */
function relationshipEntries(
  view: ModelView,
  via: EdgeRecord,
  node: NodeRecord,
  hydrated: Node,
  relationship: TimelineEntry["relationship"],
): [string, TimelineEntry][] {
  if (!view.relationshipTypes.includes(via.type)) return [];
  const declared = view.relationshipPropertiesOf(via.type);
  const caption = view.relationship(via.type).caption;
  const nodeName = node.properties.name as string;
  const captionValue = caption ? via.properties[caption] : undefined;
  const title = typeof captionValue === "string" ? `${captionValue} (${nodeName})` : `${via.type} ${nodeName}`;
  return view.timelineDateNames(declared).flatMap((property): [string, TimelineEntry][] => {
    const date = readPartialDate(via.properties, property);
    if (!date) return [];
    const kind = view.timelineKind(declared, property, via.properties);
    return [[`${via.properties.id as string}#${property}`, Object.assign(new TimelineEntry(), { date, kind, property, title, node: hydrated, relationship })]];
  });
}

/**
 * Turns the dated things around an entity into timeline entries: every declared date of each node,
 * and every date a linking relationship carries. Each entry's kind is what the model declares for
 * its date. Entries are kept when their span overlaps [from, to] and their kind is asked for, and
 * come in date order, then by precision (a day before the month that contains it).
 */
export function buildTimeline(view: ModelView, facts: { node: NodeRecord; via: EdgeRecord | null }[], filter: TimelineFilter = {}): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const { node, via } of facts) {
    // A node or relationship the model does not declare (left over from an older model) has no dates to read.
    if (!view.labels.includes(node.label)) continue;
    const hydrated = hydrateNode(node);
    const relationship = via ? toRelationship(via) : null;
    const found = [...nodeEntries(view, node, hydrated, relationship), ...(via ? relationshipEntries(view, via, node, hydrated, relationship) : [])];
    for (const [key, entry] of found) if (!entries.has(key)) entries.set(key, entry);
  }
  return [...entries.values()]
    .filter((entry) => (!filter.from || entry.date.end >= filter.from.start) && (!filter.to || entry.date.start <= filter.to.end))
    .filter((entry) => !filter.kinds?.length || filter.kinds.includes(entry.kind))
    .sort((a, b) => (timelineSortKey(a) < timelineSortKey(b) ? -1 : 1));
}

/**
 * The timeline entry of one dated fact of the graph-wide timeline: the node's date, or the date a
 * relationship carries (captioned with both its ends, since no entity is the timeline's subject).
 * Null when the row's property is not one the model declares any more.
 */
export function datedFactEntry(view: ModelView, row: DatedFactRecord): TimelineEntry | null {
  if (!view.labels.includes(row.node.label)) return null;
  const hydrated = hydrateNode(row.node);
  const relationship = row.via ? toRelationship(row.via) : null;
  const entries = row.via ? relationshipEntries(view, row.via, row.node, hydrated, relationship) : nodeEntries(view, row.node, hydrated, null);
  const entry = entries.find(([, found]) => found.property === row.property)?.[1] ?? null;
  if (entry && row.via?.sourceName) entry.title = `${row.via.sourceName}: ${entry.title}`;
  return entry;
}
