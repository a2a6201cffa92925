import { createHash } from "node:crypto";
import type { ModelView } from "../model/model-view";
import type { ValiditySource } from "../model/model-spec";
import { DATE_PARTS, datePartName, STORED_PROPERTIES as S } from "../model/stored-properties";
import { CONFIDENCE, FACT_PROPERTY, ORIGIN } from "./fact-origin";
import type { DocumentPlan, Properties } from "./plan-document";

const { validFrom: VALID_FROM, validTo: VALID_TO, extractorVersion: EXTRACTOR_VERSION } = FACT_PROPERTY;

/** One document's statement of a fact, kept on the fact as a JSON string beside the others. */
export interface Claim {
  /** The relationship id the document gave the fact. */
  claim: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  origin: string | null;
  confidence: number | null;
  extractorVersion: string | null;
  /** The fact's own dates and its validity bounds as this document gives them, flattened (see DATE_PARTS). */
  dates: Properties;
}

/**
 * What makes two statements the same fact: its type, its two ends and its own properties other than
 * dates (a title, a role), compared without case or surrounding space. Two documents that state the
 * same key support one relationship; a different title is a different fact.
 */
export function factKey(view: ModelView, type: string, from: string, to: string, properties: Properties): string {
  const own = view.relationship(type).properties;
  const values = Object.keys(own)
    .filter((name) => own[name].type !== "Date" && properties[name] != null)
    .sort()
    .map((name) => [name, String(properties[name]).trim().toLowerCase()]);
  const digest = createHash("sha256")
    .update(JSON.stringify([type, from, to, values]))
    .digest("hex");
  return digest.slice(0, 24);
}

/** Date `name` and its flattened parts as `source` holds them (null where it holds none). */
export function pickDate(name: string, source: Record<string, unknown> | undefined): Properties {
  const picked: Properties = {};
  for (const key of [name, ...DATE_PARTS.map((part) => datePartName(name, part))]) picked[key] = (source?.[key] as Properties[string] | undefined) ?? null;
  return picked;
}

/** The flattened parts of date `name` in `properties`, or null when it is not there. */
function dateParts(properties: Properties | undefined, name: string): Properties | null {
  return properties && properties[name] != null ? pickDate(name, properties) : null;
}

/** Renames a date's flattened parts from `from` to `to`; a bound read from another date is marked inferred. */
function renameDate(parts: Properties, from: string, to: string, inferred: boolean): Properties {
  const renamed: Properties = { [to]: parts[from] };
  for (const part of DATE_PARTS) renamed[datePartName(to, part)] = parts[datePartName(from, part)];
  if (inferred) renamed[datePartName(to, "inferred")] = true;
  return renamed;
}

interface Holders {
  own: Properties;
  source: Properties | undefined;
  target: Properties | undefined;
  document: Properties;
}

function readBound(sources: readonly ValiditySource[] | undefined, holders: Holders, bound: string): Properties | null {
  for (const source of sources ?? []) {
    const [holder, name] =
      "property" in source
        ? [holders.own, source.property]
        : "source" in source
          ? [holders.source, source.source]
          : "target" in source
            ? [holders.target, source.target]
            : [holders.document, source.document];
    const parts = dateParts(holder, name);
    if (parts) return renameDate(parts, name, bound, true);
  }
  return null;
}

/**
 * Gives each planned fact its identity key, its validity (stated by the facts file, or read by the
 * model's rule for its type from its own dates, its ends' or its document's) and the claim its
 * document makes, which the loader merges with other documents' claims of the same fact.
 */
export function addClaims(view: ModelView, plan: DocumentPlan): string[] {
  const problems: string[] = [];
  const entities = new Map(plan.entities.map((entity) => [entity.id, entity.properties]));
  for (const relationship of plan.relationships) {
    const { properties } = relationship;
    const validity = view.relationship(relationship.type).validity;
    const holders: Holders = {
      own: properties,
      source: entities.get(relationship.from),
      target: entities.get(relationship.to),
      document: plan.document.properties,
    };
    const from = dateParts(properties, VALID_FROM) ?? readBound(validity?.from, holders, VALID_FROM);
    const to = dateParts(properties, VALID_TO) ?? readBound(validity?.to, holders, VALID_TO);
    Object.assign(properties, from, to);
    const [fromStart, toEnd] = [from?.[datePartName(VALID_FROM, "start")], to?.[datePartName(VALID_TO, "end")]];
    if (typeof fromStart === "string" && typeof toEnd === "string" && fromStart > toEnd) {
      problems.push(
        `relationship ${relationship.id}: validFrom (${String(from?.[VALID_FROM])}) is after validTo (${String(to?.[VALID_TO])}); a fact cannot end before it starts`,
      );
    }
    const dates: Properties = {};
    for (const name of view.dateNames(view.relationshipPropertiesOf(relationship.type))) Object.assign(dates, dateParts(properties, name));
    const claim: Claim = {
      claim: relationship.id,
      documentId: plan.document.id,
      quote: properties[S.quote] as string,
      start: properties[S.start] as number,
      end: properties[S.end] as number,
      origin: (properties[ORIGIN] as string) ?? null,
      confidence: (properties[CONFIDENCE] as number) ?? null,
      extractorVersion: (properties[EXTRACTOR_VERSION] as string) ?? null,
      dates,
    };
    relationship.factKey = factKey(view, relationship.type, relationship.from, relationship.to, properties);
    relationship.claim = JSON.stringify(claim);
    properties[S.factKey] = relationship.factKey;
  }
  return problems;
}
