import { NodeLabel, RelationshipType } from "../model/graph-model";
import type { DocumentMemory } from "./document-memory";
import type { DraftEntity } from "./drafts";
import type { KnownNeighbour } from "./extraction";
import { marketsOf, sameDescribed, type Described } from "./same-described";

/** The labels of what an article describes that resolve against the graph, in the order they resolve: a figure's subject may be a plant, a product's maker a plant's operator. */
export const RESOLVED_DRAFT_LABELS = [NodeLabel.Facility, NodeLabel.Figure, NodeLabel.Vehicle] as const;

/** What resolution made of an article's drafts. */
export interface DraftResolution {
  /** The graph id of each draft that is a node the graph has. */
  known: Map<string, string>;
  /** Each draft that restates an earlier draft of the same article, by the earlier one's ref. */
  sameAs: Map<string, string>;
}

interface Resolving extends DraftResolution {
  memory: DocumentMemory;
  clusterIds: Map<string, string>;
  neighbours: Described[];
}

/** What a ref stands for now: a graph id when the cluster or draft resolved, else the ref of the draft it restates, else itself. */
const idOf = (state: Resolving, ref: string) => state.clusterIds.get(ref) ?? state.known.get(ref) ?? state.sameAs.get(ref) ?? ref;

/** A draft, or the group of drafts one article ref stands for, with its facts' ends as they resolve now. */
function describeDrafts(state: Resolving, drafts: DraftEntity[]): Described {
  const refs = new Set(drafts.map((draft) => draft.ref));
  const links = state.memory.facts
    .filter((fact) => refs.has(fact.from) || refs.has(fact.to))
    .map((fact) => ({ type: fact.type, from: idOf(state, fact.from), to: idOf(state, fact.to) }));
  const [first] = drafts;
  const key = idOf(state, first.ref);
  const focus = state.memory.focusCompany();
  const madeBy = (type: string) => links.some((link) => link.type === type && link.to === key);
  // A product whose maker the article leaves unsaid is taken as its main company's, for matching only.
  if (first.label === NodeLabel.Vehicle && focus && !madeBy(RelationshipType.DEVELOPS) && !madeBy(RelationshipType.PRODUCES))
    links.push({ type: RelationshipType.DEVELOPS, from: idOf(state, focus), to: key });
  return { key, label: first.label, name: first.name, properties: Object.assign({}, ...drafts.map((d) => d.properties)) as Record<string, unknown>, links };
}

/** Finds a described thing by key among the graph's neighbours and the article's drafts. */
function byKeyIn(state: Resolving): (key: string) => Described | undefined {
  return (key) => {
    const known = state.neighbours.find((thing) => thing.key === key);
    if (known) return known;
    const drafts = state.memory.drafts.filter((draft) => idOf(state, draft.ref) === key);
    return drafts.length ? describeDrafts(state, drafts) : undefined;
  };
}

/** Joins each draft of a label to the first earlier draft it restates, so the article yields one node for both. */
function groupWithinArticle(state: Resolving, drafts: DraftEntity[]): DraftEntity[][] {
  const groups: DraftEntity[][] = [];
  const byKey = byKeyIn(state);
  for (const draft of drafts) {
    const group = groups.find((members) => sameDescribed(describeDrafts(state, members), describeDrafts(state, [draft]), byKey));
    if (group) {
      state.sameAs.set(draft.ref, group[0].ref);
      group.push(draft);
    } else groups.push([draft]);
  }
  return groups;
}

/** The graph node a group of drafts is, when exactly one matches; products of one maker that still tie are told apart by market. */
function matchInGraph(state: Resolving, group: DraftEntity[]): string | undefined {
  const described = describeDrafts(state, group);
  const byKey = byKeyIn(state);
  let matches = state.neighbours.filter((known) => sameDescribed(described, known, byKey));
  if (matches.length > 1 && described.label === NodeLabel.Vehicle) {
    const markets = marketsOf(described);
    matches = matches.filter((known) => marketsOf(known).some((market) => markets.includes(market)));
  }
  return matches.length === 1 ? matches[0].key : undefined;
}

/**
 * Resolves the facilities, figures and products an article describes, like named entities: a draft
 * that restates an earlier one of the article joins it, and a group that is one node of the graph
 * (the same operator's plant with the same ordinal or place, the same subject's figure with the same
 * value and unit, the same maker's product in other words) takes that node's id. Ambiguity leaves a
 * draft new: a wrong merge is worse than a duplicate. Facilities resolve first, so that a figure of
 * a plant and a product made at one find the graph's plant.
 */
export function resolveDrafts(memory: DocumentMemory, clusterIds: Map<string, string>, neighbours: KnownNeighbour[]): DraftResolution {
  const state: Resolving = {
    memory,
    clusterIds,
    neighbours: neighbours.map(({ id, label, name, properties, facts }) => ({ key: id, label, name, properties, links: facts })),
    known: new Map(),
    sameAs: new Map(),
  };
  for (const label of RESOLVED_DRAFT_LABELS) {
    for (const group of groupWithinArticle(
      state,
      memory.drafts.filter((draft) => draft.label === label),
    )) {
      const id = matchInGraph(state, group);
      if (id) for (const draft of group) state.known.set(draft.ref, id);
    }
  }
  return { known: state.known, sameAs: state.sameAs };
}
