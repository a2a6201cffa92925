import type { EntityFact, FactsFile, PropertyValue, RelationshipFact, TextSpan } from "../model/facts-file";
import type { FactRelationshipType, GraphModel } from "../model/graph-model";
import type { EntityPropertiesOf, ValueOf } from "../model/property-types";
import type { Cluster } from "./cluster-mentions";
import { canonicalName } from "./cluster-names";
import type { DocumentMemory } from "./document-memory";
import type { DraftEntity, EntityValue } from "./drafts";
import { entityId } from "./entity-id";
import type { ArticleInput, ExtractedEntity, ExtractedFact, Extraction } from "./extraction";
import { EXTRACTOR_VERSION } from "./extractor-version";
import type { DraftResolution } from "./resolve-drafts";
import type { Sentence } from "./split-sentences";

export interface AssemblyParts {
  documentId: string;
  contentHash: string;
  text: string;
  sentences: Sentence[];
  clusters: Cluster[];
  memory: DocumentMemory;
  clusterRef: (cluster: Cluster) => string;
  acronyms: Set<string>;
  /** Ids the graph already gives to other nodes. */
  inUse: Set<string>;
  /** The drafts that are graph nodes, or restate another draft. */
  drafts?: DraftResolution;
}

type ProvenanceOf<P> = { -readonly [K in keyof P]-?: ValueOf<P[K]> };

const AGREEMENT_NOUNS: Readonly<Record<EntityValue<"Agreement", "kind">, string>> = {
  MOU: "MOU",
  DEVELOPMENT_AGREEMENT: "development agreement",
  PARTNERSHIP: "partnership",
  JOINT_VENTURE: "joint venture",
  PARTNER_DESIGNATION: "partnership",
  SUPPLY: "supply agreement",
  COOPERATION: "cooperation",
  OTHER: "agreement",
};

/**
 * The provenance properties of every entity and every fact, as the extractor fills them in. The
 * model declares one set for both (entityProperties and factProperties are PROVENANCE_PROPERTIES).
 */
const provenance = (confidence: number): ProvenanceOf<GraphModel["entityProperties"]> => ({
  origin: "EXTRACTED",
  extractorVersion: EXTRACTOR_VERSION,
  confidence,
});

/** A typed record as the facts file holds it: the entries that have a value. */
function defined<V>(record: { readonly [name: string]: V | undefined }): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, V] => entry[1] !== undefined));
}

/** Each sentence's exact text and offsets (or a run of sentences', from the one a reference was resolved in), so that the loader stores the quote where it stands without searching for it. */
function quotesOf(text: string, sentences: Sentence[]): (index: number, from?: number) => { quote: string; span: TextSpan } {
  const byIndex = new Map(sentences.map((sentence) => [sentence.index, sentence]));
  return (index, from = index) => {
    const { end } = byIndex.get(index)!;
    const { start } = byIndex.get(from) ?? byIndex.get(index)!;
    return { quote: text.slice(start, end), span: { start, end } };
  };
}

interface Assembly {
  parts: AssemblyParts;
  quoteOf: ReturnType<typeof quotesOf>;
  /** Entity ids by cluster or draft ref. */
  ids: Map<string, string>;
  names: Map<string, string>;
  entities: EntityFact[];
  extracted: ExtractedEntity[];
}

/** The named entities: a graph entity's id when resolution matched one, else a new id no other node has. */
function addClusters(assembly: Assembly): void {
  const { parts, ids } = assembly;
  const taken = new Set<string>(parts.inUse);
  for (const cluster of parts.clusters) {
    const name = canonicalName(cluster, parts.acronyms);
    let id = cluster.known?.id ?? entityId(cluster.label, name);
    if (!cluster.known) for (let n = 2; taken.has(id) && n < 100; n += 1) id = entityId(cluster.label, name, n);
    taken.add(id);
    ids.set(parts.clusterRef(cluster), id);
    assembly.names.set(parts.clusterRef(cluster), name);
    const { quote, span } = assembly.quoteOf(cluster.mentions[0].sentence);
    const aliases = [...new Set(cluster.names.filter((alias) => alias !== name))];
    const confidence = Math.max(...cluster.mentions.map((m) => m.confidence));
    const own: EntityPropertiesOf<"Market"> = cluster.label === "Market" && cluster.place ? { kind: cluster.place.kind } : {};
    assembly.entities.push({ id, label: cluster.label, name, aliases, properties: { ...provenance(confidence), ...defined(own) }, quote, span });
    assembly.extracted.push({ id, label: cluster.label, name, aliases, existing: Boolean(cluster.known), confidence, quote });
  }
}

/** An agreement is named after its parties and kind, a facility after its operator, kind and place. */
function draftName(assembly: Assembly, draft: DraftEntity): string {
  const linked = (type: FactRelationshipType, end: "from" | "to") =>
    assembly.parts.memory.facts
      .filter((fact) => fact.type === type && fact[end === "from" ? "to" : "from"] === draft.ref)
      .map((fact) => assembly.names.get(fact[end]) ?? "");
  if (draft.label === "Agreement")
    return `${linked("PARTY_TO", "from").join("–")} ${draft.properties.kind ? AGREEMENT_NOUNS[draft.properties.kind] : "agreement"}`.trim();
  if (draft.label !== "Facility") return draft.name;
  const operator = linked("OPERATES", "from")[0] ?? "";
  const place = linked("LOCATED_IN", "to")[0];
  return `${operator} ${draft.name.toLowerCase()}${place ? ` (${place})` : ""}`.trim();
}

/**
 * The entities the sentences described, those a fact uses: the graph's id for one that resolved, the
 * id of the draft it restates, else an id local to the document. Each id is listed once.
 */
function addDrafts(assembly: Assembly): void {
  const { memory, contentHash, drafts } = assembly.parts;
  const used = new Set<string>();
  for (const fact of memory.facts) used.add(fact.from).add(fact.to);
  const listed = new Set<string>();
  for (const draft of memory.drafts) {
    if (!used.has(draft.ref)) continue;
    draft.name = draftName(assembly, draft);
    const known = drafts?.known.get(draft.ref);
    const restated = assembly.ids.get(drafts?.sameAs.get(draft.ref) ?? "");
    const id = known ?? restated ?? entityId(draft.label, draft.name, `${contentHash.slice(0, 6)}-${draft.ref.slice(1)}`);
    assembly.ids.set(draft.ref, id);
    if (listed.has(id)) continue;
    listed.add(id);
    assembly.names.set(draft.ref, draft.name);
    const { quote, span } = assembly.quoteOf(draft.sentence);
    const properties: Record<string, PropertyValue> = { ...defined<PropertyValue>(draft.properties), ...provenance(draft.confidence) };
    assembly.entities.push({ id, label: draft.label, name: draft.name, properties, dates: defined(draft.dates), quote, span });
    assembly.extracted.push({ id, label: draft.label, name: draft.name, aliases: [], existing: Boolean(known), confidence: draft.confidence, quote });
  }
}

/** The facts, as relationships between the entities' ids, each quoting its sentence. */
function relationshipsOf(assembly: Assembly): { relationships: RelationshipFact[]; facts: ExtractedFact[] } {
  const relationships: RelationshipFact[] = [];
  const facts: ExtractedFact[] = [];
  const stated = new Set<string>();
  assembly.parts.memory.facts.forEach((fact, index) => {
    const from = assembly.ids.get(fact.from);
    const to = assembly.ids.get(fact.to);
    // Two drafts that resolved to one node may state the same fact twice; it is written once.
    if (!from || !to || from === to || stated.has(`${fact.type} ${from} ${to}`)) return;
    stated.add(`${fact.type} ${from} ${to}`);
    const { quote, span } = assembly.quoteOf(fact.sentence, fact.fromSentence);
    const id = `rel:x${assembly.parts.contentHash.slice(0, 10)}-${index}`;
    const properties: Record<string, PropertyValue> = { ...defined<PropertyValue>(fact.properties), ...provenance(fact.confidence) };
    relationships.push({ id, type: fact.type, from, to, properties, ...(fact.dates ? { dates: defined(fact.dates) } : {}), quote, span });
    facts.push({ id, type: fact.type, from, to, confidence: fact.confidence, quote });
  });
  return { relationships, facts };
}

/**
 * Turns what the article's sentences yielded into the extraction: the named entities (with their
 * graph ids when resolved), the described entities that some fact uses (agreements named after their
 * parties, facilities after their operator and place), and the facts, each quoting its sentence with
 * the sentence's offsets. The facts file is what the document loader checks and writes.
 */
export function assembleExtraction(input: ArticleInput, parts: AssemblyParts): Extraction {
  const assembly: Assembly = { parts, quoteOf: quotesOf(parts.text, parts.sentences), ids: new Map(), names: new Map(), entities: [], extracted: [] };
  addClusters(assembly);
  addDrafts(assembly);
  const { relationships, facts } = relationshipsOf(assembly);
  const factsFile: FactsFile = {
    document: {
      id: parts.documentId,
      title: input.title,
      ...(input.publishedOn ? { publishedOn: { value: input.publishedOn } } : {}),
      source: input.source ?? undefined,
      url: input.url ?? null,
    },
    entities: assembly.entities,
    relationships,
  };
  return { documentId: parts.documentId, contentHash: parts.contentHash, sentences: parts.sentences.length, entities: assembly.extracted, facts, factsFile };
}
