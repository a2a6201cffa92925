import { createHash } from "node:crypto";
import { nameKey, nameKeys } from "../model/name-key";
import type { FactsFile, PropertyValue } from "../ingest/plan-document";
import { extractFacts, type DocumentMemory } from "./extract-facts";
import { blankCredits, isPageFurniture } from "./is-page-furniture";
import { LEGAL_SUFFIXES } from "./lexicon";
import { recognizeEntities, type EntityMention, type KnownNames, type MentionLabel, type SentenceTagCache } from "./recognize-entities";
import { splitSentences, type Sentence } from "./split-sentences";

export const EXTRACTOR_VERSION = "rules-1.0";

/** An entity already in the graph, as resolution sees it. */
export interface KnownEntity {
  id: string;
  label: string;
  name: string;
  nameKeys: string[];
}

/** Finds the graph's entities that have any of these name keys. */
export type EntityLookup = (keys: string[]) => Promise<KnownEntity[]>;

/** Which of these node ids the graph already uses, so that a new entity never takes an existing node's id. */
export type IdLookup = (ids: string[]) => Promise<string[]>;

export interface ArticleInput {
  title: string;
  text: string;
  /** ISO date (YYYY-MM-DD), the reference for relative dates; null when unknown. */
  publishedOn: string | null;
  url?: string | null;
  source?: string | null;
}

export interface ExtractedEntity {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  /** True when resolution matched an entity already in the graph. */
  existing: boolean;
  confidence: number;
  quote: string;
}

export interface ExtractedFact {
  id: string;
  type: string;
  from: string;
  to: string;
  confidence: number;
  quote: string;
}

export interface Extraction {
  documentId: string;
  contentHash: string;
  sentences: number;
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
  /** The same, in the facts-file form the document loader writes. */
  factsFile: FactsFile;
}

const AGREEMENT_NOUNS: Record<string, string> = {
  MOU: "MOU",
  JOINT_VENTURE: "joint venture",
  SUPPLY: "supply agreement",
  PARTNER_DESIGNATION: "partnership",
  PARTNERSHIP: "partnership",
  AGREEMENT: "agreement",
};

const slug = (text: string) =>
  nameKey(text)
    .replace(/\s+/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "") || "x";

/** Legal forms left out of a new company's name (kept as an alias): "Volta Cells GmbH" is named Volta Cells. */
const LEGAL_FORMS = /(?:,?\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|plc|AG|SE|S\.?A\.?|N\.?V\.?|S\.?p\.?A\.?|GmbH|AB|Oy|ASA|B\.?V\.?|S\.?r\.?l\.?|Sp\.?(?: z o\.o\.)?|Pte\.?|Pty\.?|K\.?K\.?|Ltda\.?))+$/;

/** Name tokens without legal endings: "Beiqi Foton Motor Co." → [beiqi, foton]; "Iveco Group" keeps "group". */
function coreTokens(name: string): string[] {
  const tokens = nameKey(name.replace(LEGAL_FORMS, "") || name).split(" ").filter(Boolean);
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens;
}

/** True when `longer` names the same company as `shorter` with at most one extra leading word ("Beiqi Foton" ~ "Foton"). */
function extendsName(longer: string[], shorter: string[]): boolean {
  if (longer.length <= shorter.length || longer.length - shorter.length > 1 || shorter.length === 0) return false;
  return shorter.every((token, i) => longer[longer.length - shorter.length + i] === token);
}

interface Cluster {
  label: MentionLabel;
  names: string[];
  mentions: EntityMention[];
  known?: KnownEntity;
  place?: EntityMention["place"];
}

/**
 * Reads an article into entities and facts, every one tied to the sentence it comes from. Entities
 * are clustered within the article (acronyms declared in the text, surname references, legal-suffix
 * variants) and then resolved against the graph through `lookup`, so "Beiqi Foton Motor Co." becomes
 * the existing Foton while "Iveco Group" and "IVECO" stay apart. Writes nothing.
 */
export async function extractDocument(input: ArticleInput, lookup: EntityLookup, idsInUse: IdLookup = async () => []): Promise<Extraction> {
  const text = input.text;
  // A headline run into the first sentence ("... for European Partner FOTON signed ...") is cut off at a line break of the same length.
  let scanText = blankCredits(text);
  const title = input.title.trim();
  if (title && scanText.startsWith(title) && scanText[title.length] === " ") scanText = `${title}\n${scanText.slice(title.length + 1)}`;
  const contentHash = createHash("sha256").update(text).digest("hex");
  const documentId = `document:${slug(input.title)}-${contentHash.slice(0, 8)}`;
  const reference = input.publishedOn ? new Date(`${input.publishedOn}T12:00:00Z`) : null;
  const sentences = splitSentences(scanText).filter((sentence) => isPageFurniture(sentence.text) === false && !isHeading(sentence, scanText));

  // Pass 1: every capitalised name's keys, to ask the graph about them all at once.
  const noKnowledge: KnownNames = { labelOf: () => null };
  const tagCache: SentenceTagCache = new Map();
  const firstPass = sentences.flatMap((sentence) => recognizeEntities(scanText, sentence, noKnowledge, tagCache));
  const candidateKeys = new Set<string>();
  const addCandidates = (name: string) => {
    for (const key of nameKeys([name])) candidateKeys.add(key);
    const core = coreTokens(name);
    candidateKeys.add(core.join(" "));
    if (core.length === 2) candidateKeys.add(core[1]);
  };
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/[\p{Lu}][\p{L}\p{N}&’'.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}][\p{L}\p{N}&’'.-]*)*/gu)) {
      addCandidates(match[0]);
      for (const word of match[0].split(/\s+/)) addCandidates(word);
    }
  }
  for (const mention of firstPass) addCandidates(mention.text);
  candidateKeys.delete("");
  const knownEntities = candidateKeys.size ? await lookup([...candidateKeys]) : [];
  const knownByKey = new Map<string, KnownEntity[]>();
  for (const entity of knownEntities) for (const key of entity.nameKeys) knownByKey.set(key, [...(knownByKey.get(key) ?? []), entity]);

  // Pass 2: recognise with what the graph and the article so far know.
  const documentPeople = new Map<string, string>();
  const documentCompanies = new Set<string>();
  const known: KnownNames = {
    labelOf(key) {
      const entity = knownByKey.get(key)?.find((candidate) => ["Company", "Person", "Market"].includes(candidate.label));
      if (entity) return entity.label as MentionLabel;
      if (documentPeople.has(key)) return "Person";
      return documentCompanies.has(key) ? "Company" : null;
    },
  };
  // A company named in full anywhere in the article lends its short form to every sentence ("Beiqi Foton Motor Co." → "Foton").
  for (const mention of firstPass) {
    if (mention.label !== "Company") continue;
    const core = coreTokens(mention.text);
    documentCompanies.add(core.join(" "));
    if (core.length === 2) documentCompanies.add(core[1]);
  }
  const mentions: EntityMention[] = [];
  const perSentence: EntityMention[][] = [];
  for (const sentence of sentences) {
    const found = dedupe(recognizeEntities(scanText, sentence, known, tagCache));
    for (const mention of found) {
      if (mention.label === "Person") {
        const tokens = nameKey(mention.text).split(" ");
        if (tokens.length >= 2) documentPeople.set(tokens[tokens.length - 1], mention.text);
      }
    }
    perSentence.push(found);
    mentions.push(...found);
  }

  // Acronyms declared in the text: "Contemporary Amperex Technology Co. Ltd., or CATL" / "(CATL)".
  const acronymOf = new Map<string, string>();
  for (const match of scanText.matchAll(/([\p{Lu}][\p{L}.&’' -]+?),? (?:or|\()\s?([A-Z][A-Z0-9&]{1,6})\)?\b/gu)) {
    const longMention = mentions.find((m) => m.label === "Company" && m.end >= match.index! + match[1].length - 1 && m.end <= match.index! + match[1].length + 1);
    if (longMention) acronymOf.set(nameKey(match[2]), longMention.text);
  }

  // Clusters within the article.
  const clusters: Cluster[] = [];
  const clusterOf = new Map<EntityMention, Cluster>();
  for (const mention of mentions) {
    let key = nameKey(mention.text);
    if (mention.label === "Person" && !key.includes(" ") && documentPeople.has(key)) key = nameKey(documentPeople.get(key)!);
    if (mention.label === "Company" && acronymOf.has(key)) key = nameKey(acronymOf.get(key)!);
    const core = mention.label === "Company" ? coreTokens(key) : key.split(" ");
    let cluster = clusters.find((c) => c.label === mention.label && c.names.some((name) => nameKey(name) === key || (mention.label === "Company" && coreTokens(name).join(" ") === core.join(" "))));
    if (!cluster && mention.label === "Company") {
      cluster = clusters.find((c) => c.label === "Company" && c.names.some((name) => extendsName(core, coreTokens(name)) || extendsName(coreTokens(name), core)));
    }
    if (!cluster && mention.label === "Market" && mention.place) cluster = clusters.find((c) => c.label === "Market" && c.place?.name === mention.place!.name);
    if (!cluster) {
      cluster = { label: mention.label, names: [], mentions: [], place: mention.place };
      clusters.push(cluster);
    }
    if (!cluster.names.includes(mention.text)) cluster.names.push(mention.text);
    if (mention.label === "Company" && acronymOf.has(nameKey(mention.text)) && !cluster.names.includes(acronymOf.get(nameKey(mention.text))!)) cluster.names.push(acronymOf.get(nameKey(mention.text))!);
    cluster.mentions.push(mention);
    clusterOf.set(mention, cluster);
  }

  // Resolution against the graph: any name's exact key, then the legal-suffix-free core.
  for (const cluster of clusters) {
    const names = cluster.place ? [cluster.place.name, ...cluster.names] : cluster.names;
    const candidates = names.flatMap((name) => knownByKey.get(nameKey(name)) ?? []).filter((entity) => entity.label === cluster.label);
    const byCore = names.flatMap((name) => knownEntities.filter((entity) => entity.label === cluster.label && cluster.label === "Company" && entity.nameKeys.some((key) => {
      const core = coreTokens(name);
      const theirs = coreTokens(key);
      return core.join(" ") === theirs.join(" ") || extendsName(core, theirs);
    })));
    const distinct = [...new Map([...candidates, ...byCore].map((entity) => [entity.id, entity])).values()];
    if (distinct.length >= 1) cluster.known = candidates[0] ?? distinct[0];
  }

  // Facts, sentence by sentence, with refs "m<cluster>" for named entities and "d<n>" for drafts.
  const clusterRef = (cluster: Cluster) => `m${clusters.indexOf(cluster)}`;
  let draftCounter = 0;
  // The company the article names most: what "the company" and unattributed figures refer to.
  const mostNamed = clusters.filter((c) => c.label === "Company").sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const focus = mostNamed ? clusterRef(mostNamed) : null;
  const memory: DocumentMemory = {
    drafts: [],
    facts: [],
    nextRef: () => `d${draftCounter++}`,
    focusCompany: () => focus,
  };
  sentences.forEach((sentence, i) => {
    const sentenceMentions = perSentence[i].map((mention) => ({ ref: clusterRef(clusterOf.get(mention)!), mention }));
    extractFacts({ sentence, mentions: sentenceMentions, reference }, memory);
  });
  // A place and the larger place the gazetteer puts it in, named in the same sentence ("Padua, Italy"): one is part of the other.
  for (const cluster of clusters) {
    const parentName = cluster.place?.parent;
    const parent = parentName ? clusters.find((c) => c.label === "Market" && (c.place?.name === parentName || c.names.includes(parentName))) : undefined;
    const together = parent && cluster.mentions.find((mention) => parent.mentions.some((other) => other.sentence === mention.sentence));
    if (parent && together) memory.facts.push({ type: "PART_OF", from: clusterRef(cluster), to: clusterRef(parent), sentence: together.sentence, properties: {}, confidence: 0.7 });
  }
  const acronyms = new Set(acronymOf.keys());
  const proposed = clusters.filter((cluster) => !cluster.known).flatMap((cluster) => {
    const base = `${cluster.label.toLowerCase()}:${slug(canonicalName(cluster, acronyms))}`;
    return [base, ...[2, 3, 4, 5].map((n) => `${base}-${n}`)];
  });
  const inUse = new Set(proposed.length ? await idsInUse(proposed) : []);
  return assemble(input, { documentId, contentHash, text, sentences, clusters, memory, clusterRef, acronyms, inUse });
}

/** Short lines without a full stop, after the title: section headings and page labels, which state nothing. */
function isHeading(sentence: Sentence, text: string): boolean {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const lineEnd = text.indexOf("\n", sentence.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line === sentence.text && !/[.!?:;"”]$/.test(line) && line.split(/\s+/).length <= 12;
}

/** Keeps the longest of overlapping mentions. */
function dedupe(mentions: EntityMention[]): EntityMention[] {
  return mentions.filter((mention) => !mentions.some((other) => other !== mention && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start));
}

interface AssemblyParts {
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
}

/** The sentence a quote comes from, and which occurrence of that text it is, so the loader finds the same span. */
function quoteOf(text: string, sentence: Sentence): { quote: string; occurrence: number } {
  const quote = text.slice(sentence.start, sentence.end);
  let occurrence = 0;
  for (let at = text.indexOf(quote); at >= 0 && at <= sentence.start; at = text.indexOf(quote, at + 1)) occurrence += 1;
  return { quote, occurrence: Math.max(occurrence, 1) };
}

function assemble(input: ArticleInput, parts: AssemblyParts): Extraction {
  const { documentId, text, sentences, clusters, memory, clusterRef } = parts;
  const sentenceByIndex = new Map(sentences.map((sentence) => [sentence.index, sentence]));
  const provenance = { origin: "EXTRACTED", extractorVersion: EXTRACTOR_VERSION };
  const ids = new Map<string, string>();
  const taken = new Set<string>(parts.inUse);
  const entities: FactsFile["entities"] = [];
  const extractedEntities: ExtractedEntity[] = [];
  const used = new Set<string>();
  for (const fact of memory.facts) used.add(fact.from).add(fact.to);

  clusters.forEach((cluster) => {
    const ref = clusterRef(cluster);
    const name = canonicalName(cluster, parts.acronyms);
    let id = cluster.known?.id ?? `${cluster.label.toLowerCase()}:${slug(name)}`;
    if (!cluster.known) for (let n = 2; taken.has(id) && n < 100; n += 1) id = `${cluster.label.toLowerCase()}:${slug(name)}-${n}`;
    taken.add(id);
    ids.set(ref, id);
    const first = cluster.mentions[0];
    const { quote, occurrence } = quoteOf(text, sentenceByIndex.get(first.sentence)!);
    const aliases = [...new Set(cluster.names.filter((alias) => alias !== name))];
    const confidence = Math.max(...cluster.mentions.map((m) => m.confidence));
    const properties: Record<string, PropertyValue> = { ...provenance, confidence };
    if (cluster.label === "Market" && cluster.place) properties.kind = cluster.place.kind;
    entities.push({ id, label: cluster.label, name, aliases, properties, quote, occurrence });
    extractedEntities.push({ id, label: cluster.label, name, aliases, existing: Boolean(cluster.known), confidence, quote });
  });

  const nameOfRef = (ref: string) => entities.find((entity) => entity.id === ids.get(ref))?.name ?? "";
  const linked = (type: string, ref: string, end: "from" | "to") => memory.facts.filter((fact) => fact.type === type && fact[end === "from" ? "to" : "from"] === ref).map((fact) => nameOfRef(fact[end]));
  for (const draft of memory.drafts) {
    if (!used.has(draft.ref)) continue;
    if (draft.label === "Agreement") {
      const parties = linked("PARTY_TO", draft.ref, "from");
      draft.name = `${parties.join("–")} ${AGREEMENT_NOUNS[String(draft.properties.kind)] ?? "agreement"}`.trim();
    } else if (draft.label === "Facility") {
      const operator = linked("OPERATES", draft.ref, "from")[0] ?? "";
      const place = linked("LOCATED_IN", draft.ref, "to")[0];
      draft.name = `${operator} ${draft.name.toLowerCase()}${place ? ` (${place})` : ""}`.trim();
    }
    const id = `${draft.label.toLowerCase()}:${slug(draft.name)}-${parts.contentHash.slice(0, 6)}-${draft.ref.slice(1)}`;
    ids.set(draft.ref, id);
    const { quote, occurrence } = quoteOf(text, sentenceByIndex.get(draft.sentence)!);
    entities.push({ id, label: draft.label, name: draft.name, properties: { ...draft.properties, ...provenance, confidence: draft.confidence }, dates: draft.dates, quote, occurrence });
    extractedEntities.push({ id, label: draft.label, name: draft.name, aliases: [], existing: false, confidence: draft.confidence, quote });
  }

  const relationships: NonNullable<FactsFile["relationships"]> = [];
  const facts: ExtractedFact[] = [];
  memory.facts.forEach((fact, index) => {
    const from = ids.get(fact.from);
    const to = ids.get(fact.to);
    if (!from || !to) return;
    const sentence = sentences.find((s) => s.index === fact.sentence) ?? sentences[fact.sentence];
    const { quote, occurrence } = quoteOf(text, sentence);
    const id = `rel:x${parts.contentHash.slice(0, 10)}-${index}`;
    relationships.push({ id, type: fact.type, from, to, properties: { ...fact.properties, ...provenance, confidence: fact.confidence }, dates: fact.dates, quote, occurrence });
    facts.push({ id, type: fact.type, from, to, confidence: fact.confidence, quote });
  });

  const factsFile: FactsFile = {
    document: {
      id: documentId,
      title: input.title,
      ...(input.publishedOn ? { publishedOn: { value: input.publishedOn } } : {}),
      source: input.source ?? undefined,
      url: input.url ?? null,
    },
    entities,
    relationships,
  };
  return { documentId, contentHash: parts.contentHash, sentences: sentences.length, entities: extractedEntities, facts, factsFile };
}

/** The name an entity gets: the graph's name when it matched one, the gazetteer's for a place, else the article's best. */
function canonicalName(cluster: Cluster, acronyms: Set<string>): string {
  if (cluster.known) return cluster.known.name;
  if (cluster.place) return cluster.place.name;
  const name = longestName(cluster, acronyms);
  return cluster.label === "Company" ? name.replace(LEGAL_FORMS, "") || name : name;
}

function longestName(cluster: Cluster, acronyms: Set<string>): string {
  const declared = cluster.names.find((name) => acronyms.has(nameKey(name)));
  if (declared) return declared;
  const full = cluster.names.filter((name) => !/^[A-Z0-9&]+$/.test(name));
  if (cluster.label === "Company") {
    const shortest = [...(full.length ? full : cluster.names)].sort((a, b) => coreTokens(a).length - coreTokens(b).length || a.length - b.length)[0];
    return shortest;
  }
  return [...(full.length ? full : cluster.names)].sort((a, b) => b.length - a.length)[0];
}
