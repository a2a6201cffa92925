import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from "cytoscape";
import { PROVENANCE_PROPERTY_NAMES, STORED_PROPERTIES } from "../../model/stored-properties";
import { graphql, GraphQLRequestError } from "../graphql-client";
import {
  DOCUMENT_TEXT,
  NEIGHBORHOOD,
  NODE_DETAILS,
  OPEN_CONFLICTS,
  SEARCH,
  SHORTEST_PATH,
  TIMELINE,
  type ConflictData,
  type DocumentTextData,
  type GraphEdgeData,
  type GraphNodeData,
  type NeighborhoodData,
  type NodeDetailsData,
  type OpenConflictsData,
  type ProvenanceData,
  type SearchData,
  type ShortestPathData,
  type TimelineData,
} from "./explorer-queries";
import { contestedBy } from "./contested-by";
import { LABEL_COLOURS } from "./label-colours";
import { LiveRefresh } from "./live-refresh";
import { quoteContext } from "./quote-context";
import "./explorer.css";

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

const searchForm = $<HTMLFormElement>("#search-form");
const searchInput = $<HTMLInputElement>("#search");
const results = $<HTMLUListElement>("#results");
const panel = $<HTMLElement>("#panel");
const timeline = $<HTMLElement>("#timeline");
const status = $<HTMLElement>("#status");
const pathBar = $<HTMLElement>("#path-bar");
const asOfForm = $<HTMLFormElement>("#as-of-form");
const asOfInput = $<HTMLInputElement>("#as-of");

/** Edge ids get a prefix so that they can never clash with node ids in the drawing. */
const edgeKey = (id: string) => `edge:${id}`;

const cy: Core = cytoscape({
  container: $("#graph"),
  wheelSensitivity: 0.3,
  style: [
    {
      selector: "node",
      style: {
        "background-color": (node) => LABEL_COLOURS[node.data("label") as string] ?? "#94a3b8",
        label: "data(name)",
        "font-size": 10,
        "text-wrap": "ellipsis",
        "text-max-width": "120px",
        "text-valign": "bottom",
        "text-margin-y": 4,
        width: 26,
        height: 26,
        color: "#0f172a",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
      },
    },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#0f172a" } },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "line-color": "#cbd5e1",
        "target-arrow-color": "#cbd5e1",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        label: "data(type)",
        "font-size": 7,
        color: "#475569",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
      },
    },
    { selector: "edge.contested", style: { "line-style": "dashed", "line-color": "#dc2626", "target-arrow-color": "#dc2626", color: "#dc2626", width: 2.5 } },
    { selector: "edge:selected", style: { width: 3, "line-color": "#0f172a", "target-arrow-color": "#0f172a" } },
    { selector: ".faded", style: { opacity: 0.2 } },
    { selector: "node.on-path", style: { "border-width": 5, "border-color": "#dc2626" } },
    { selector: "edge.on-path", style: { width: 4, "line-color": "#dc2626", "target-arrow-color": "#dc2626", color: "#dc2626" } },
  ],
});

let pending = 0;
/** Bumped by each new selection, so that a reply for an earlier one is dropped instead of shown. */
const latest = { panel: 0, timeline: 0, results: 0 };
const path: { from: GraphNodeData | null; to: GraphNodeData | null } = { from: null, to: null };
/** The nodes whose neighborhood was opened: a change to one of them draws its new neighbours too. */
const expanded = new Set<string>();
/** The date the drawing is as of (an EDTF date such as "2024-06"), or null for every fact. */
let asOf: string | null = null;
/** The open conflicts, read once per drawing, that decide which edges are contested. */
let conflicts: ConflictData[] = [];

/** Runs one piece of page work: marks the page busy while it runs and shows its failure, if any. */
async function task(what: string, work: () => Promise<void>): Promise<void> {
  pending += 1;
  document.body.dataset.busy = "true";
  status.textContent = `${what} …`;
  status.className = "";
  try {
    await work();
    if (status.textContent === `${what} …`) status.textContent = "";
  } catch (error) {
    status.className = "error";
    status.textContent = `${what} failed: ${(error as Error).message}`;
  } finally {
    pending -= 1;
    if (pending === 0) document.body.dataset.busy = "false";
  }
}

function element(tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function nodeElement(node: GraphNodeData): ElementDefinition {
  return { group: "nodes", data: { id: node.id, label: node.label, name: node.name } };
}

function edgeElement(edge: GraphEdgeData): ElementDefinition {
  return {
    group: "edges",
    classes: contestedBy(edge, conflicts) ? "contested" : "",
    data: { id: edgeKey(edge.id), relationshipId: edge.id, source: edge.sourceId, target: edge.targetId, type: edge.type, fact: edge },
  };
}

/**
 * Adds what is not drawn yet. Nodes already drawn stay where they are, so what a person has looked at
 * does not jump around: each new node goes on an arc around a drawn node it is linked to, on the side
 * facing away from the rest of the drawing. An empty drawing is laid out in rings around `centre`.
 */
function merge(nodes: GraphNodeData[], edges: GraphEdgeData[], centre: string): void {
  const wasEmpty = cy.nodes().empty();
  const newNodes = nodes.filter((node) => cy.getElementById(node.id).empty());
  cy.add([...newNodes.map(nodeElement), ...edges.filter((edge) => cy.getElementById(edgeKey(edge.id)).empty()).map(edgeElement)]);
  if (wasEmpty) {
    cy.layout({ name: "concentric", concentric: (node) => (node.id() === centre ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 45, animate: false }).run();
    return;
  }
  const placed = new Set(
    cy
      .nodes()
      .map((node) => node.id())
      .filter((id) => !newNodes.some((node) => node.id === id)),
  );
  const around = new Map<string, string[]>();
  let pending = newNodes.map((node) => node.id);
  while (pending.length > 0) {
    const next: string[] = [];
    for (const id of pending) {
      const anchor = cy
        .getElementById(id)
        .neighborhood("node")
        .filter((node) => placed.has(node.id()))
        .first();
      if (anchor.empty()) next.push(id);
      else around.set(anchor.id(), [...(around.get(anchor.id()) ?? []), id]);
    }
    for (const [anchor, ids] of around) placeOnArc(anchor, ids, placed);
    around.clear();
    if (next.length === pending.length) {
      placeOnArc(centre, next, placed);
      break;
    }
    pending = next;
  }
  cy.fit(undefined, 30);
}

function placeOnArc(anchorId: string, ids: string[], placed: Set<string>): void {
  const anchor = cy.getElementById(anchorId);
  const at = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const others = cy.nodes().filter((node) => placed.has(node.id()) && node.id() !== anchorId);
  const box = others.boundingBox();
  const centroid = others.nonempty() ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : { x: at.x - 1, y: at.y };
  const facing = Math.atan2(at.y - centroid.y, at.x - centroid.x);
  const radius = 130 + 6 * ids.length;
  const spread = Math.min(Math.PI * 1.2, 0.5 * ids.length);
  ids.forEach((id, index) => {
    const angle = ids.length === 1 ? facing : facing - spread / 2 + (spread * index) / (ids.length - 1);
    cy.getElementById(id).position({ x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
    placed.add(id);
  });
}

async function search(text: string): Promise<void> {
  const ticket = ++latest.results;
  const data = await graphql<SearchData>(SEARCH, { text });
  if (ticket !== latest.results) return;
  results.replaceChildren();
  if (data.search.length === 0) {
    results.append(element("li", { class: "empty" }, `Nothing matches “${text}”.`));
  }
  for (const hit of data.search) {
    const button = element("button", { type: "button", "data-id": hit.node.id });
    button.append(
      element("span", { class: "swatch", style: `background:${LABEL_COLOURS[hit.node.label] ?? "#94a3b8"}` }),
      ` ${hit.node.name} `,
      element("small", {}, hit.node.label),
    );
    button.addEventListener("click", () => {
      results.hidden = true;
      void task(`Drawing ${hit.node.name}`, () => open(hit.node.id, true));
    });
    const item = element("li");
    item.append(button);
    results.append(item);
  }
  results.hidden = false;
}

/** Draws a node's neighborhood (replacing the drawing when `fresh`), selects it and shows its panel and timeline. */
async function open(id: string, fresh: boolean): Promise<void> {
  const [data] = await Promise.all([graphql<NeighborhoodData>(NEIGHBORHOOD, { id, asOf }), fresh ? readConflicts() : undefined]);
  // A path end picked before stays picked, so that the other end can be found by a new search.
  if (fresh) {
    cy.elements().remove();
    expanded.clear();
  }
  expanded.add(id);
  merge(
    data.neighborhood.nodes.map((entry) => entry.node),
    data.neighborhood.edges,
    id,
  );
  if (data.neighborhood.truncated) status.textContent = "Only the first 60 neighbors are drawn.";
  cy.elements().unselect();
  cy.getElementById(id).select();
  await Promise.all([showNode(id), showTimeline(id)]);
}

async function readConflicts(): Promise<void> {
  const data = await graphql<OpenConflictsData>(OPEN_CONFLICTS, {});
  conflicts = data.conflicts.edges.map((edge) => edge.node);
}

/**
 * Draws the current view again as of another date: the neighbourhoods of the opened nodes, in the
 * order they were opened, with the facts that held then. A node that is not linked to them then
 * is not drawn, and the first opened node stays selected.
 */
async function redrawAsOf(date: string | null): Promise<void> {
  asOf = date;
  const opened = [...expanded];
  if (opened.length === 0) return;
  clearPath();
  await open(opened[0], true);
  for (const id of opened.slice(1)) {
    if (cy.getElementById(id).empty()) continue;
    const data = await graphql<NeighborhoodData>(NEIGHBORHOOD, { id, asOf });
    expanded.add(id);
    merge(
      data.neighborhood.nodes.map((entry) => entry.node),
      data.neighborhood.edges,
      id,
    );
  }
}

/**
 * Draws again what changed about entities in view (their entityChanged fired): facts between drawn
 * nodes that are new, the new neighbours of an opened node, and, when the whole neighborhood was
 * read, the drawn facts that are gone. An entity that no longer exists is removed; the panel and
 * timeline of a selected one are read again.
 */
async function refresh(ids: string[]): Promise<void> {
  for (const id of ids) {
    if (cy.getElementById(id).empty()) continue;
    let data: NeighborhoodData;
    try {
      data = await graphql<NeighborhoodData>(NEIGHBORHOOD, { id, asOf });
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.code === "NOT_FOUND")) throw error;
      cy.getElementById(id).remove();
      continue;
    }
    const { nodes, edges, truncated } = data.neighborhood;
    if (!truncated) {
      const current = new Set(edges.map((edge) => edgeKey(edge.id)));
      cy.getElementById(id)
        .connectedEdges()
        .filter((edge) => !current.has(edge.id()))
        .remove();
    }
    const shown = nodes.map((entry) => entry.node).filter((node) => expanded.has(id) || node.id === id || cy.getElementById(node.id).nonempty());
    const shownIds = new Set(shown.map((node) => node.id));
    merge(
      shown,
      edges.filter((edge) => shownIds.has(edge.sourceId) && shownIds.has(edge.targetId)),
      id,
    );
  }
  const selected = cy.$("node:selected");
  if (selected.length === 1 && ids.includes(selected.id())) await Promise.all([showNode(selected.id()), showTimeline(selected.id())]);
}

/** The stored properties the panel's heading already shows. */
const SHOWN_IN_HEADING = new Set<string>([STORED_PROPERTIES.id, STORED_PROPERTIES.name, STORED_PROPERTIES.aliases]);
const LONGEST_VALUE = 300;

/** A property value as the panel shows it: a long text (a document's, say) cut short with its length. */
function shortValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE)}… (${text.length} characters)` : text;
}

async function showNode(id: string): Promise<void> {
  const ticket = ++latest.panel;
  const { node } = await graphql<NodeDetailsData>(NODE_DETAILS, { id });
  if (ticket !== latest.panel) return;
  panel.replaceChildren();
  const heading = element("h2");
  heading.append(element("span", { class: "swatch", style: `background:${LABEL_COLOURS[node.label] ?? "#94a3b8"}` }), ` ${node.name}`);
  panel.append(heading, element("p", { class: "label" }, `${node.label} · ${node.id}`));
  if (node.aliases.length > 0) panel.append(element("p", { class: "aliases" }, `Also: ${node.aliases.join(", ")}`));
  const table = element("table", { class: "properties" });
  for (const [name, value] of Object.entries(node.properties)) {
    if (SHOWN_IN_HEADING.has(name)) continue;
    const row = element("tr");
    row.append(element("th", {}, name), element("td", {}, shortValue(value)));
    table.append(row);
  }
  panel.append(table);
  const actions = element("div", { class: "actions" });
  const from = element("button", { type: "button", id: "path-from" }, "Path from here");
  const to = element("button", { type: "button", id: "path-to" }, "Path to here");
  from.addEventListener("click", () => void task("Finding the path", () => pickPathEnd("from", node)));
  to.addEventListener("click", () => void task("Finding the path", () => pickPathEnd("to", node)));
  actions.append(from, to);
  panel.append(actions);
}

async function showEdge(fact: GraphEdgeData): Promise<void> {
  const ticket = ++latest.panel;
  panel.replaceChildren();
  const source = (cy.getElementById(fact.sourceId).data("name") as string | undefined) ?? fact.sourceId;
  const target = (cy.getElementById(fact.targetId).data("name") as string | undefined) ?? fact.targetId;
  panel.append(element("h2", {}, fact.type), element("p", { class: "label" }, `${source} → ${target}`));
  const properties = Object.entries(fact.properties).filter(([name]) => !PROVENANCE_PROPERTY_NAMES.has(name));
  if (properties.length > 0) {
    const table = element("table", { class: "properties" });
    for (const [name, value] of properties) {
      const row = element("tr");
      row.append(element("th", {}, name), element("td", {}, typeof value === "string" ? value : JSON.stringify(value)));
      table.append(row);
    }
    panel.append(table);
  }
  const conflict = contestedBy(fact, conflicts);
  const [evidence, claims] = await Promise.all([
    Promise.all(fact.evidence.map(quoteBox)),
    conflict ? Promise.all(conflict.claims.map(async (claim) => ({ claim, quotes: await Promise.all(claim.evidence.map(quoteBox)) }))) : [],
  ]);
  if (ticket !== latest.panel) return;
  if (conflict) {
    const box = element("section", { class: "conflict" });
    box.append(element("h3", {}, "Contested"), element("p", { class: "disputed" }, conflict.disputed));
    const columns = element("div", { class: "claims" });
    for (const { claim, quotes } of claims) {
      const column = element("div", { class: "claim", "data-id": claim.id });
      column.append(element("h4", {}, claim.value), ...quotes);
      columns.append(column);
    }
    box.append(columns);
    panel.append(box);
  }
  const list = element("section", { class: "evidence" });
  list.append(element("h3", {}, fact.evidence.length === 1 ? "Source" : `Sources (${fact.evidence.length})`));
  if (evidence.length === 0) list.append(element("p", { class: "hint" }, "No source is recorded for this fact."));
  list.append(...evidence);
  panel.append(list);
}

/** One quote as the panel shows it: its document, the document's date and the quote in its surrounding text. */
async function quoteBox(provenance: ProvenanceData): Promise<HTMLElement> {
  const { document: sourceDocument } = await graphql<DocumentTextData>(DOCUMENT_TEXT, { id: provenance.document.id });
  const context = quoteContext(sourceDocument?.text ?? null, provenance.quote, provenance.start, provenance.end);
  const box = element("div", { class: "provenance" });
  box.append(element("p", { class: "document-title" }, provenance.document.title));
  const published = provenance.document.publishedOn;
  box.append(element("p", { class: "date" }, published ? `Published ${published.text ?? published.value}` : "Publication date not given"));
  const quote = element("blockquote", { class: "quote" });
  quote.append(context.before, element("mark", {}, context.quote), context.after);
  box.append(quote, element("p", { class: "offsets" }, `Characters ${provenance.start}–${provenance.end} of the document`));
  return box;
}

async function showTimeline(id: string): Promise<void> {
  const ticket = ++latest.timeline;
  const data = await graphql<TimelineData>(TIMELINE, { id, asOf });
  if (ticket !== latest.timeline) return;
  const entries = data.timeline.edges.map((edge) => edge.node);
  timeline.replaceChildren(element("h3", {}, "Timeline"));
  if (entries.length === 0) {
    timeline.append(element("p", { class: "hint" }, "No dated facts."));
    return;
  }
  const strip = element("ol");
  for (const entry of entries) {
    const button = element("button", { type: "button", "data-id": entry.node.id, title: `${entry.kind}: ${entry.title}` });
    button.append(element("time", { datetime: entry.date.value }, entry.date.text ?? entry.date.value), element("span", {}, entry.title));
    button.addEventListener("click", () => void task(`Drawing ${entry.node.name}`, () => open(entry.node.id, false)));
    const item = element("li", { class: `kind-${entry.kind.toLowerCase()}` });
    item.append(button);
    strip.append(item);
  }
  timeline.append(strip);
}

function clearPath(): void {
  path.from = null;
  path.to = null;
  cy.elements().removeClass("on-path faded");
  pathBar.replaceChildren();
  pathBar.hidden = true;
}

function showPathBar(message: string): void {
  pathBar.hidden = false;
  const clear = element("button", { type: "button", id: "clear-path" }, "Clear path");
  clear.addEventListener("click", clearPath);
  pathBar.replaceChildren(element("span", {}, message), clear);
}

async function pickPathEnd(end: "from" | "to", node: GraphNodeData): Promise<void> {
  path[end] = node;
  if (!path.from || !path.to) {
    showPathBar(`Path from ${path.from?.name ?? "…"} to ${path.to?.name ?? "…"}: pick the other end.`);
    return;
  }
  const data = await graphql<ShortestPathData>(SHORTEST_PATH, { from: path.from.id, to: path.to.id, asOf });
  cy.elements().removeClass("on-path faded");
  if (!data.shortestPath) {
    showPathBar(`No path of at most 8 hops from ${path.from.name} to ${path.to.name}.`);
    return;
  }
  const edges = data.shortestPath.relationships;
  merge(data.shortestPath.nodes, edges, path.from.id);
  const onPath = cy.collection();
  for (const node of data.shortestPath.nodes) onPath.merge(cy.getElementById(node.id));
  for (const edge of edges) onPath.merge(cy.getElementById(edgeKey(edge.id)));
  onPath.addClass("on-path");
  cy.elements().difference(onPath).addClass("faded");
  cy.fit(onPath, 60);
  showPathBar(`Shortest path, ${data.shortestPath.length} hops: ${data.shortestPath.nodes.map((n) => n.name).join(" → ")}`);
}

cy.on("tap", "node", (event) => {
  const node = event.target as NodeSingular;
  void task(`Expanding ${node.data("name") as string}`, () => open(node.id(), false));
});
cy.on("tap", "edge", (event) => {
  const edge = event.target as EdgeSingular;
  cy.elements().unselect();
  edge.select();
  void task("Reading the source", () => showEdge(edge.data("fact") as GraphEdgeData));
});

const live = new LiveRefresh((ids) => void task("Drawing what changed", () => refresh(ids)));
cy.on("add", "node", (event) => live.watch((event.target as NodeSingular).id()));
cy.on("remove", "node", (event) => live.unwatch((event.target as NodeSingular).id()));

searchForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (text) void task(`Searching “${text}”`, () => search(text));
});

asOfForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const date = asOfInput.value.trim() || null;
  void task(date ? `Drawing as of ${date}` : "Drawing every fact", () => redrawAsOf(date));
});

const legend = $<HTMLElement>("#legend");
for (const [label, colour] of Object.entries(LABEL_COLOURS)) {
  const item = element("li");
  item.append(element("span", { class: "swatch", style: `background:${colour}` }), ` ${label}`);
  legend.append(item);
}
const contestedItem = element("li", { class: "contested" });
contestedItem.append(element("span", { class: "dash" }), " contested fact");
legend.append(contestedItem);

document.body.dataset.busy = "false";
/** The drawing, for people poking at it from the browser console and for the browser tests. */
(window as unknown as { explorer: { cy: Core } }).explorer = { cy };
