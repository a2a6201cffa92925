import { createHash } from "node:crypto";
import {
  DOCUMENT_LABEL,
  ENTITY_LABELS,
  PRIMARY_DATE_PROPERTIES,
  RELATIONSHIP_ENDPOINTS,
  isRelationshipType,
  type NodeLabel,
} from "../model/graph-model";
import { parseEdtfDate } from "../model/edtf-date";
import { nameKey, nameKeys } from "../model/name-key";
import { locateQuote } from "./locate-quote";

export type PropertyValue = string | number | boolean | string[];

export interface DateFact {
  value: string;
  text?: string;
  inferred?: boolean;
}

interface QuotedFact {
  id: string;
  properties?: Record<string, PropertyValue>;
  dates?: Record<string, DateFact>;
  quote: string;
  occurrence?: number;
}

export interface EntityFact extends QuotedFact {
  label: string;
  name: string;
  aliases?: string[];
}

export interface RelationshipFact extends QuotedFact {
  type: string;
  from: string;
  to: string;
}

export interface FactsFile {
  document: {
    id: string;
    file?: string;
    title: string;
    publishedOn?: DateFact;
    source?: string;
    url?: string | null;
  };
  entities: EntityFact[];
  relationships?: RelationshipFact[];
}

export type Properties = Record<string, PropertyValue | null>;

export interface DocumentPlan {
  document: { id: string; properties: Properties };
  entities: { id: string; label: NodeLabel; properties: Properties; mention: Properties }[];
  relationships: { id: string; type: string; from: string; to: string; properties: Properties }[];
}

const RESERVED = new Set(["id", "name", "aliases", "nameKey", "nameKeys", "documentId", "quote", "start", "end", "dateStart", "dateEnd", "label"]);
const ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

function isPropertyValue(value: unknown): value is PropertyValue {
  if (["string", "number", "boolean"].includes(typeof value)) return typeof value !== "number" || Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/**
 * Checks a parsed facts file against its article and turns it into the properties the loader
 * writes: every quote located in the text (with its offsets), every date parsed with its precision,
 * every label and relationship type taken from the allow-list. Returns the plan and the list of
 * problems; the plan is only to be written when that list is empty.
 */
export function planDocument(facts: FactsFile, text: string): { plan: DocumentPlan; problems: string[] } {
  const problems: string[] = [];
  const documentId = facts.document?.id;
  const plan: DocumentPlan = { document: { id: documentId, properties: {} }, entities: [], relationships: [] };
  if (!documentId || !/^document:[a-z0-9][a-z0-9-]*$/.test(documentId)) {
    problems.push(`document.id must look like "document:some-slug", got ${JSON.stringify(documentId)}`);
  }
  if (!facts.document?.title) problems.push("document.title is missing");
  if (!text.trim()) problems.push("the article text is empty");

  const flattenDates = (where: string, dates: Record<string, DateFact> | undefined, into: Properties, label?: NodeLabel) => {
    for (const [name, date] of Object.entries(dates ?? {})) {
      const parsed = typeof date?.value === "string" ? parseEdtfDate(date.value) : null;
      if (!parsed) {
        problems.push(`${where}: date "${name}" has value ${JSON.stringify(date?.value)}; use an EDTF date such as 2024-06-04, 2021-01, 2023-21 (spring) or 2022`);
        continue;
      }
      into[name] = parsed.value;
      into[`${name}_precision`] = parsed.precision;
      into[`${name}_start`] = parsed.start;
      into[`${name}_end`] = parsed.end;
      into[`${name}_text`] = date.text ?? null;
      into[`${name}_inferred`] = date.inferred === true;
    }
    const primary = (label && PRIMARY_DATE_PROPERTIES[label]?.find((name) => dates?.[name] && into[name])) ?? null;
    into.dateStart = primary ? into[`${primary}_start`] : null;
    into.dateEnd = primary ? into[`${primary}_end`] : null;
  };

  const copyProperties = (where: string, properties: Record<string, PropertyValue> | undefined, into: Properties) => {
    for (const [name, value] of Object.entries(properties ?? {})) {
      if (RESERVED.has(name) || name.includes("_")) problems.push(`${where}: property "${name}" is reserved; rename it`);
      else if (!isPropertyValue(value)) problems.push(`${where}: property "${name}" must be a string, number, boolean or list of strings`);
      else into[name] = value;
    }
  };

  const locate = (where: string, fact: QuotedFact): Properties | null => {
    if (typeof fact.quote !== "string" || !fact.quote.trim()) {
      problems.push(`${where}: the quote is missing`);
      return null;
    }
    const span = locateQuote(text, fact.quote, fact.occurrence ?? 1);
    if (!span) {
      problems.push(`${where}: the quote ${JSON.stringify(fact.quote)} is not in the article${fact.occurrence ? ` ${fact.occurrence} times` : ""}`);
      return null;
    }
    return { documentId, quote: fact.quote, start: span.start, end: span.end };
  };

  const documentProperties: Properties = {
    id: documentId,
    name: facts.document?.title ?? null,
    nameKey: nameKey(facts.document?.title ?? ""),
    title: facts.document?.title ?? null,
    text,
    file: facts.document?.file ?? null,
    source: facts.document?.source ?? null,
    url: facts.document?.url ?? null,
    contentHash: createHash("sha256").update(text).digest("hex"),
  };
  flattenDates("document", facts.document?.publishedOn ? { publishedOn: facts.document.publishedOn } : undefined, documentProperties, DOCUMENT_LABEL);
  plan.document.properties = documentProperties;

  const entityLabels = new Map<string, NodeLabel>();
  for (const [index, entity] of (facts.entities ?? []).entries()) {
    const where = `entity ${entity?.id ?? `#${index + 1}`}`;
    if (!entity?.id || !ID_PATTERN.test(entity.id)) {
      problems.push(`${where}: id must look like "company:some-slug"`);
      continue;
    }
    if (entityLabels.has(entity.id)) problems.push(`${where}: listed twice`);
    const label = ENTITY_LABELS.find((known) => known === entity.label);
    if (!label) {
      problems.push(`${where}: label ${JSON.stringify(entity.label)} is not one of ${ENTITY_LABELS.join(", ")}`);
      continue;
    }
    if (!entity.id.startsWith(`${label.toLowerCase()}:`)) problems.push(`${where}: id must start with "${label.toLowerCase()}:"`);
    if (typeof entity.name !== "string" || !entity.name.trim()) problems.push(`${where}: name is missing`);
    entityLabels.set(entity.id, label);
    const aliases = (entity.aliases ?? []).filter((alias) => typeof alias === "string" && alias.trim());
    const properties: Properties = { id: entity.id, name: entity.name, nameKey: nameKey(entity.name ?? "") };
    copyProperties(where, entity.properties, properties);
    flattenDates(where, entity.dates, properties, label);
    const provenance = locate(where, entity);
    if (!provenance) continue;
    for (const key of Object.keys(properties)) if (properties[key] === null) delete properties[key];
    const names = [entity.name, ...aliases];
    plan.entities.push({
      id: entity.id,
      label,
      properties,
      mention: {
        ...provenance,
        id: `${entity.id}@${documentId}`,
        aliases: names,
        nameKeys: nameKeys(names),
        properties: JSON.stringify(properties),
      },
    });
  }

  const relationshipIds = new Set<string>();
  for (const [index, relationship] of (facts.relationships ?? []).entries()) {
    const where = `relationship ${relationship?.id ?? `#${index + 1}`}`;
    if (!relationship?.id || !/^rel:[a-z0-9][a-z0-9-]*$/.test(relationship.id)) {
      problems.push(`${where}: id must look like "rel:some-slug"`);
      continue;
    }
    if (relationshipIds.has(relationship.id)) problems.push(`${where}: listed twice`);
    relationshipIds.add(relationship.id);
    if (!isRelationshipType(relationship.type) || relationship.type === "MENTIONED_IN") {
      problems.push(`${where}: type ${JSON.stringify(relationship.type)} is not an allowed relationship type`);
      continue;
    }
    const [sources, targets] = RELATIONSHIP_ENDPOINTS[relationship.type];
    const fromLabel = entityLabels.get(relationship.from);
    const toLabel = entityLabels.get(relationship.to);
    if (!fromLabel) problems.push(`${where}: from ${JSON.stringify(relationship.from)} is not an entity of this file`);
    else if (!sources.includes(fromLabel)) problems.push(`${where}: ${relationship.type} cannot start at a ${fromLabel} (allowed: ${sources.join(", ")})`);
    if (!toLabel) problems.push(`${where}: to ${JSON.stringify(relationship.to)} is not an entity of this file`);
    else if (!targets.includes(toLabel)) problems.push(`${where}: ${relationship.type} cannot end at a ${toLabel} (allowed: ${targets.join(", ")})`);
    const properties: Properties = {};
    copyProperties(where, relationship.properties, properties);
    if (properties.origin !== "EXTRACTED") Object.assign(properties, { origin: "CURATED", confidence: 1 });
    flattenDates(where, relationship.dates, properties);
    delete properties.dateStart;
    delete properties.dateEnd;
    if (relationship.from === relationship.to) problems.push(`${where}: from and to are the same entity; a fact must join two entities`);
    if (relationship.type === "HOLDS_POSITION" && typeof properties.title !== "string") {
      problems.push(`${where}: a HOLDS_POSITION fact needs a title (the words of the article)`);
    }
    const provenance = locate(where, relationship);
    if (!provenance) continue;
    plan.relationships.push({
      id: relationship.id,
      type: relationship.type,
      from: relationship.from,
      to: relationship.to,
      properties: { ...properties, ...provenance, id: relationship.id },
    });
  }
  return { plan, problems };
}
