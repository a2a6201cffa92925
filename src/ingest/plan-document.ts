import { contentHashOf } from "../model/content-hash";
import { parseEdtfDate } from "../model/edtf-date";
import type { DateFact, EntityFact, FactsFile, PropertyValue, QuotedFact, RelationshipFact, TextSpan } from "../model/facts-file";
import type { GraphModel } from "../model/graph-model";
import { modelInUse } from "../model/model-in-use";
import type { GraphModelSpec } from "../model/model-spec";
import { viewOf, type ModelView, type PropertyMap } from "../model/model-view";
import { nameKey, nameKeys } from "../model/name-key";
import { datePartName, STORED_PROPERTIES as S } from "../model/stored-properties";
import { CONFIDENCE, CURATED, EXTRACTED, ORIGIN } from "./fact-origin";
import { addClaims } from "./fact-claims";
import { locateQuote } from "./locate-quote";

export type Properties = Record<string, PropertyValue | null>;

export interface DocumentPlan {
  document: { id: string; properties: Properties };
  entities: { id: string; label: string; properties: Properties; mention: Properties }[];
  /** Each fact with its identity key and the claim this document makes of it, as JSON (see fact-claims.ts). */
  relationships: { id: string; type: string; from: string; to: string; properties: Properties; factKey?: string; claim?: string }[];
}

type DocumentPropertyName = keyof GraphModel["labels"]["Document"]["properties"];
const TEXT: DocumentPropertyName = "text";
const CONTENT_HASH: DocumentPropertyName = "contentHash";

const ENTITY_ID = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;
const RELATIONSHIP_ID = /^rel:[a-z0-9][a-z0-9-]*$/;

/**
 * Checks one facts file (curated, or written by the extractor) against the model and its article,
 * and turns it into what the loader writes. Every label, relationship type, property and date must
 * be declared, with a value of the declared type; every quote must stand in the text.
 */
class DocumentPlanner {
  readonly problems: string[] = [];
  private readonly labels = new Map<string, string>();
  private readonly documentId: string;

  constructor(
    private readonly view: ModelView,
    private readonly facts: FactsFile,
    private readonly text: string,
  ) {
    this.documentId = facts.document?.id;
  }

  plan(): DocumentPlan {
    const plan: DocumentPlan = { document: { id: this.documentId, properties: this.documentProperties() }, entities: [], relationships: [] };
    for (const [index, entity] of (this.facts.entities ?? []).entries()) {
      const planned = this.entity(entity, index);
      if (planned) plan.entities.push(planned);
    }
    const ids = new Set<string>();
    for (const [index, relationship] of (this.facts.relationships ?? []).entries()) {
      const planned = this.relationship(relationship, index, ids);
      if (planned) plan.relationships.push(planned);
    }
    return plan;
  }

  private documentProperties(): Properties {
    const { document } = this.facts;
    if (!this.documentId || !/^document:[a-z0-9][a-z0-9-]*$/.test(this.documentId)) {
      this.problems.push(`document.id must look like "document:some-slug", got ${JSON.stringify(this.documentId)}`);
    }
    if (!document?.title) this.problems.push("document.title is missing");
    if (!this.text.trim()) this.problems.push("the article text is empty");
    const label = this.view.model.documentLabel;
    const declared = this.view.propertiesOf(label);
    // The document section gives the declared properties by name; the text and its hash come from the article.
    const given: Record<string, unknown> = {};
    const dates: Record<string, DateFact> = {};
    for (const [name, value] of Object.entries(document ?? {})) {
      if (name === S.id) continue;
      if (!(name in declared)) this.problems.push(`document.${name} is not declared for ${label} (declared: ${Object.keys(declared).join(", ")})`);
      else if (declared[name].type === "Date") dates[name] = value as DateFact;
      else given[name] = value;
    }
    Object.assign(given, { [TEXT]: this.text, [CONTENT_HASH]: contentHashOf(this.text) });
    const properties: Properties = { [S.id]: this.documentId, [S.name]: document?.title ?? null, [S.nameKey]: nameKey(document?.title ?? "") };
    this.copyProperties("document", label, declared, given, properties);
    this.flattenDates("document", label, declared, dates, properties, this.view.primaryDates(label));
    return properties;
  }

  private entity(entity: EntityFact, index: number): DocumentPlan["entities"][number] | null {
    const where = `entity ${entity?.id ?? `#${index + 1}`}`;
    if (!entity?.id || !ENTITY_ID.test(entity.id)) {
      this.problems.push(`${where}: id must look like "company:some-slug"`);
      return null;
    }
    if (this.labels.has(entity.id)) this.problems.push(`${where}: listed twice`);
    const label = this.view.entityLabels.find((known) => known === entity.label);
    if (!label) {
      this.problems.push(`${where}: label ${JSON.stringify(entity.label)} is not one of ${this.view.entityLabels.join(", ")}`);
      return null;
    }
    if (!entity.id.startsWith(`${label.toLowerCase()}:`)) this.problems.push(`${where}: id must start with "${label.toLowerCase()}:"`);
    if (typeof entity.name !== "string" || !entity.name.trim()) this.problems.push(`${where}: name is missing`);
    this.labels.set(entity.id, label);
    const properties: Properties = { [S.id]: entity.id, [S.name]: entity.name, [S.nameKey]: nameKey(entity.name ?? "") };
    const declared = this.view.propertiesOf(label);
    this.copyProperties(where, label, declared, entity.properties, properties);
    this.flattenDates(where, label, declared, entity.dates, properties, this.view.primaryDates(label));
    this.checkRequired(where, `${label} entity`, declared, properties);
    const provenance = this.locate(where, entity);
    if (!provenance) return null;
    for (const key of Object.keys(properties)) if (properties[key] === null) delete properties[key];
    const names = [entity.name, ...(entity.aliases ?? []).filter((alias) => typeof alias === "string" && alias.trim())];
    const mention = {
      ...provenance,
      [S.id]: `${entity.id}@${this.documentId}`,
      [S.aliases]: names,
      [S.nameKeys]: nameKeys(names),
      [S.properties]: JSON.stringify(properties),
    };
    return { id: entity.id, label, properties, mention };
  }

  private relationship(fact: RelationshipFact, index: number, ids: Set<string>): DocumentPlan["relationships"][number] | null {
    const where = `relationship ${fact?.id ?? `#${index + 1}`}`;
    if (!fact?.id || !RELATIONSHIP_ID.test(fact.id)) {
      this.problems.push(`${where}: id must look like "rel:some-slug"`);
      return null;
    }
    if (ids.has(fact.id)) this.problems.push(`${where}: listed twice`);
    ids.add(fact.id);
    if (!this.view.factTypes.includes(fact.type)) {
      this.problems.push(`${where}: type ${JSON.stringify(fact.type)} is not an allowed relationship type (${this.view.factTypes.join(", ")})`);
      return null;
    }
    this.checkEnds(where, fact);
    const declared = this.view.relationshipPropertiesOf(fact.type);
    const properties: Properties = {};
    this.copyProperties(where, fact.type, declared, fact.properties, properties);
    if (properties[ORIGIN] !== EXTRACTED) Object.assign(properties, { [ORIGIN]: CURATED, [CONFIDENCE]: 1 });
    this.flattenDates(where, fact.type, declared, fact.dates, properties, []);
    this.checkRequired(where, `${fact.type} fact`, declared, properties);
    const provenance = this.locate(where, fact);
    if (!provenance) return null;
    return { id: fact.id, type: fact.type, from: fact.from, to: fact.to, properties: { ...properties, ...provenance, [S.id]: fact.id } };
  }

  private checkEnds(where: string, fact: RelationshipFact): void {
    const { from, to } = this.view.ends(fact.type);
    const fromLabel = this.labels.get(fact.from);
    const toLabel = this.labels.get(fact.to);
    if (!fromLabel) this.problems.push(`${where}: from ${JSON.stringify(fact.from)} is not an entity of this file`);
    else if (!from.includes(fromLabel)) this.problems.push(`${where}: ${fact.type} cannot start at a ${fromLabel} (allowed: ${from.join(", ")})`);
    if (!toLabel) this.problems.push(`${where}: to ${JSON.stringify(fact.to)} is not an entity of this file`);
    else if (!to.includes(toLabel)) this.problems.push(`${where}: ${fact.type} cannot end at a ${toLabel} (allowed: ${to.join(", ")})`);
    if (fact.from === fact.to) this.problems.push(`${where}: from and to are the same entity; a fact must join two entities`);
  }

  private checkRequired(where: string, owner: string, declared: PropertyMap, properties: Properties): void {
    for (const [name, spec] of Object.entries(declared)) {
      if (spec.required && properties[name] == null) this.problems.push(`${where}: a ${owner} needs a ${name} (${spec.description})`);
    }
  }

  private copyProperties(where: string, owner: string, declared: PropertyMap, given: Record<string, unknown> | undefined, into: Properties): void {
    for (const [name, value] of Object.entries(given ?? {})) {
      if (value === undefined || value === null) continue;
      const spec = declared[name];
      if (spec?.computed) {
        this.problems.push(`${where}: property "${name}" is set by the loader from the evidence; leave it out`);
      } else if (!spec) {
        const names = Object.keys(declared).filter((key) => declared[key].type !== "Date");
        this.problems.push(`${where}: property "${name}" is not declared for ${owner} (declared: ${names.join(", ") || "none"})`);
      } else if (spec.type === "Date") {
        this.problems.push(`${where}: "${name}" is a date; give it under dates as { value, text }`);
      } else if (!this.view.accepts(spec, value)) {
        this.problems.push(`${where}: property "${name}" must be ${this.view.describeType(spec)}, got ${JSON.stringify(value)}`);
      } else {
        into[name] = value as PropertyValue;
      }
    }
  }

  private flattenDates(
    where: string,
    owner: string,
    declared: PropertyMap,
    dates: Record<string, DateFact> | undefined,
    into: Properties,
    primary: string[],
  ): void {
    for (const [name, date] of Object.entries(dates ?? {})) {
      if (declared[name]?.type !== "Date") {
        this.problems.push(`${where}: date "${name}" is not declared for ${owner} (dates: ${this.view.dateNames(declared).join(", ") || "none"})`);
        continue;
      }
      const parsed = typeof date?.value === "string" ? parseEdtfDate(date.value) : null;
      if (!parsed) {
        this.problems.push(
          `${where}: date "${name}" has value ${JSON.stringify(date?.value)}; use an EDTF date such as 2024-06-04, 2021-01, 2023-21 (spring) or 2022`,
        );
        continue;
      }
      Object.assign(into, {
        [name]: parsed.value,
        [datePartName(name, "precision")]: parsed.precision,
        [datePartName(name, "start")]: parsed.start,
        [datePartName(name, "end")]: parsed.end,
        [datePartName(name, "text")]: date.text ?? null,
        [datePartName(name, "inferred")]: date.inferred === true,
      });
    }
    if (!primary.length) return;
    const main = primary.find((name) => dates?.[name] && into[name]);
    into[S.dateStart] = main ? into[datePartName(main, "start")] : null;
    into[S.dateEnd] = main ? into[datePartName(main, "end")] : null;
  }

  private isSpan(span: unknown): span is TextSpan {
    const { start, end } = (span ?? {}) as Record<string, unknown>;
    return (
      Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= this.text.length
    );
  }

  /** The fact's provenance: its quote and the quote's offsets, from its span when given, else found in the text. */
  private locate(where: string, fact: QuotedFact): Properties | null {
    if (typeof fact.quote !== "string" || !fact.quote.trim()) {
      this.problems.push(`${where}: the quote is missing`);
      return null;
    }
    if (fact.span !== undefined && !this.isSpan(fact.span)) {
      this.problems.push(`${where}: span must be whole numbers with 0 <= start <= end <= ${this.text.length}, got ${JSON.stringify(fact.span)}`);
      return null;
    }
    if (fact.span && fact.occurrence !== undefined) {
      this.problems.push(`${where}: give either span or occurrence, not both`);
      return null;
    }
    const span = fact.span ?? locateQuote(this.text, fact.quote, fact.occurrence ?? 1);
    if (!span) {
      this.problems.push(`${where}: the quote ${JSON.stringify(fact.quote)} is not in the article${fact.occurrence ? ` ${fact.occurrence} times` : ""}`);
      return null;
    }
    if (this.text.slice(span.start, span.end) !== fact.quote) {
      this.problems.push(`${where}: the text at ${span.start}–${span.end} is not the quote ${JSON.stringify(fact.quote)}`);
      return null;
    }
    return { [S.documentId]: this.documentId, [S.quote]: fact.quote, [S.start]: span.start, [S.end]: span.end };
  }
}

/**
 * Checks a parsed facts file against the model and its article and turns it into the properties the
 * loader writes: every quote located in the text (with its offsets), every date parsed with its
 * precision, every label, relationship type and property held to its declaration. Returns the plan
 * and the list of problems; the plan is only to be written when that list is empty.
 */
export function planDocument(facts: FactsFile, text: string, model: GraphModelSpec = modelInUse().model): { plan: DocumentPlan; problems: string[] } {
  const planner = new DocumentPlanner(viewOf(model), facts, text);

  const view = viewOf(model);
  const plan = planner.plan();
  if (planner.problems.length === 0) planner.problems.push(...addClaims(view, plan));
  return { plan, problems: planner.problems };
}

export type { FactsFile, PropertyValue };
