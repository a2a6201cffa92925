import type { NodeRecord } from "../../repositories/node-record";
import type { EdgeRecord } from "../../repositories/traversal.repository";
import { readPartialDate } from "../common/partial-date.type";
import { hydrateNode } from "../node/hydrate-node";
import { edgeFrom } from "./path.type";
import { TimelineEntry, TimelineKind } from "./timeline-entry.type";

const EVENT_KINDS = new Set<string>(["SIGNING", "LAUNCH", "EXPO", "DEBUT", "PARTNERSHIP_START", "REGULATION", "ANNOUNCEMENT"]);

/** What a date property of a node of some label means on a timeline. */
export function timelineKind(label: string, property: string, node: Record<string, unknown>): TimelineKind {
  if (label === "Event" && property === "date") {
    return EVENT_KINDS.has(node.kind as string) ? (node.kind as TimelineKind) : TimelineKind.OTHER;
  }
  if (label === "Event" && property === "effectiveFrom") return TimelineKind.REGULATION;
  const byProperty: Record<string, TimelineKind> = {
    signedOn: TimelineKind.SIGNING,
    announcedOn: TimelineKind.ANNOUNCEMENT,
    dueBy: TimelineKind.DEADLINE,
    openedOn: TimelineKind.PLANT_OPENING,
    expectedOperational: TimelineKind.PLANNED_OPENING,
    targetBy: TimelineKind.TARGET,
    since: TimelineKind.FIGURE,
    asOf: label === "Figure" ? TimelineKind.FIGURE : TimelineKind.POSITION,
    publishedOn: TimelineKind.PUBLICATION,
  };
  return byProperty[property] ?? TimelineKind.OTHER;
}

/** The names of the date properties a property map holds (each date is stored with a `<name>_precision`). */
function dateProperties(properties: Record<string, unknown>): string[] {
  return Object.keys(properties)
    .filter((key) => key.endsWith("_precision"))
    .map((key) => key.slice(0, -"_precision".length));
}

export interface TimelineFilter {
  from?: string | null;
  to?: string | null;
  kinds?: TimelineKind[] | null;
}

/**
 * Turns the dated things around an entity into timeline entries: every date property of each node,
 * and every date a linking relationship carries (a position's as-of date). Entries are kept when
 * their span overlaps [from, to] and their kind is asked for, and come in date order, then by
 * precision (a day before the month that contains it).
 */
export function buildTimeline(entityId: string, facts: { node: NodeRecord; via: EdgeRecord | null }[], filter: TimelineFilter = {}): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const seen = new Set<string>();
  const add = (key: string, entry: TimelineEntry) => {
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  for (const { node, via } of facts) {
    const nodeId = node.properties.id as string;
    const relationship = via ? edgeFrom(entityId === via.source ? via.source : via.target, via, node) : null;
    for (const property of dateProperties(node.properties)) {
      if (node.label === "Document") continue;
      const date = readPartialDate(node.properties, property);
      if (!date) continue;
      add(`${nodeId}#${property}`, Object.assign(new TimelineEntry(), {
        date,
        kind: timelineKind(node.label, property, node.properties),
        property,
        title: node.properties.name as string,
        node: hydrateNode(node),
        relationship,
      }));
    }
    if (!via) continue;
    for (const property of dateProperties(via.properties)) {
      const date = readPartialDate(via.properties, property);
      if (!date) continue;
      const title = via.type === "HOLDS_POSITION" ? `${via.properties.title as string} (${node.properties.name as string})` : `${via.type} ${node.properties.name as string}`;
      add(`${via.properties.id as string}#${property}`, Object.assign(new TimelineEntry(), {
        date,
        kind: via.type === "HOLDS_POSITION" ? TimelineKind.POSITION : TimelineKind.OTHER,
        property,
        title,
        node: hydrateNode(node),
        relationship,
      }));
    }
  }
  const precisionRank: Record<string, number> = { DAY: 0, MONTH: 1, SEASON: 2, YEAR: 3 };
  return entries
    .filter((entry) => (!filter.from || entry.date.end >= filter.from) && (!filter.to || entry.date.start <= filter.to))
    .filter((entry) => !filter.kinds?.length || filter.kinds.includes(entry.kind))
    .sort(
      (a, b) =>
        a.date.start.localeCompare(b.date.start) ||
        precisionRank[a.date.precision] - precisionRank[b.date.precision] ||
        a.title.localeCompare(b.title),
    );
}
