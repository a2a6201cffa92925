import type { EnumSpec, GraphModelSpec, HistorySource, PropertySpec, RelationshipSpec, ValiditySource } from "./model-spec";
import { historyFieldName } from "./property-history";
import { isEnum, ModelView, type PropertyMap, type ResolvedRelationField } from "./model-view";
import { ANY_NODE_LABEL, STORED_PROPERTY_NAMES } from "./stored-properties";

/** Names that reach Cypher and GraphQL as identifiers: labels, properties and field names. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Fields every node type has (the Node interface), and fields every edge type has: no declaration may take them. */
const NODE_FIELDS = new Set(["id", "label", "name", "aliases", "properties", "storedProperties", "relationships", "mentions"]);
const EDGE_FIELDS = new Set(["id", "provenance", "properties", "sourceId", "targetId", "evidence", "supersededBy", "supersedes"]);

/** Types that may be required: those with a value to fall back on when old data lacks one. */
const REQUIRABLE = new Set<PropertySpec["type"]>(["String", "StringList"]);

class ModelChecker {
  readonly problems: string[] = [];

  constructor(private readonly view: ModelView) {}

  get model(): GraphModelSpec {
    return this.view.model;
  }

  properties(where: string, properties: PropertyMap, reserved: ReadonlySet<string>, allowStored = false): void {
    for (const [name, spec] of Object.entries(properties)) {
      if (!IDENTIFIER.test(name)) this.problems.push(`${where}: property "${name}" must be letters and digits only`);
      if (STORED_PROPERTY_NAMES.has(name) && !allowStored) this.problems.push(`${where}: property "${name}" is kept by the loader; choose another name`);
      else if (reserved.has(name)) this.problems.push(`${where}: property "${name}" would hide a field every such type has; choose another name`);
      if (spec.required && !REQUIRABLE.has(spec.type)) this.problems.push(`${where}.${name}: only strings and string lists can be required`);
      if ((spec.timeline !== undefined || spec.untimed) && spec.type !== "Date") this.problems.push(`${where}.${name}: only dates have a timeline kind`);
      this.timeline(`${where}.${name}`, spec, properties);
    }
  }

  private timeline(where: string, spec: PropertySpec, properties: PropertyMap): void {
    const rule = spec.timeline;
    if (rule === undefined || typeof rule === "string") return;
    const source = properties[rule.fromProperty];
    if (!source || !isEnum(source.type)) {
      this.problems.push(`${where}: its timeline kind comes from "${rule.fromProperty}", which must be an enum property of the same label`);
      return;
    }
    const unknown = Object.keys(source.type.values).filter((value) => !(value in this.model.timelineKinds.values));
    if (unknown.length) this.problems.push(`${where}: ${unknown.join(", ")} of ${source.type.name} must also be timeline kinds`);
  }

  label(label: string): void {
    if (!IDENTIFIER.test(label) || !/^[A-Z]/.test(label)) this.problems.push(`label "${label}" must be a capitalised word of letters and digits`);
    if (label === ANY_NODE_LABEL) this.problems.push(`label "${label}" is the label every node carries; choose another name`);
    const own = this.model.labels[label].properties;
    if (this.view.isEntity(label)) {
      for (const name of Object.keys(own))
        if (name in this.model.entityProperties) this.problems.push(`${label}: property "${name}" is one every entity has; leave it out`);
    }
    const properties = this.view.propertiesOf(label);
    this.properties(label, properties, NODE_FIELDS);
    for (const name of this.view.primaryDates(label))
      if (properties[name]?.type !== "Date") this.problems.push(`${label}: primary date "${name}" is not a date property`);
    for (const field of this.view.relationFields(label)) this.relationField(field, properties);
    this.once(label, properties);
    this.measures(label, properties);
    this.history(label, properties);
  }

  /** A property with a history is the label's own, of one value, with date sources that exist and a field name that is free. */
  private history(label: string, properties: PropertyMap): void {
    const fields = new Set([...Object.keys(properties), ...this.view.relationFields(label).map((field) => field.name), ...NODE_FIELDS]);
    for (const [name, spec] of Object.entries(properties)) {
      if (!spec.history) continue;
      const where = `${label}.${name}.history`;
      if (!(name in this.model.labels[label].properties)) this.problems.push(`${where}: only a label's own properties can have a history`);
      if (spec.oneValue) this.problems.push(`${where}: a property with one value cannot also change over time`);
      if (spec.type === "Date" || spec.type === "StringList") this.problems.push(`${where}: only single values (not dates or lists) can have a history`);
      if (fields.has(historyFieldName(name))) this.problems.push(`${where}: the field ${historyFieldName(name)} it adds is taken`);
      if (spec.history.from.length === 0) this.problems.push(`${where}: name at least one date source in from`);
      for (const source of spec.history.from)
        if (!this.historySource(spec, properties, source))
          this.problems.push(`${where}: ${JSON.stringify(source)} is not a date of ${label} with a value of ${name}, or a date of documents`);
    }
  }

  private historySource(spec: PropertySpec, properties: PropertyMap, source: HistorySource): boolean {
    if ("document" in source) return this.view.propertiesOf(this.model.documentLabel)[source.document]?.type === "Date";
    return properties[source.property]?.type === "Date" && this.view.accepts(spec, source.value);
  }

  private measures(label: string, properties: PropertyMap): void {
    const measures = this.model.labels[label].measures;
    if (!measures) return;
    const where = `${label}.measures`;
    for (const name of [measures.measure, measures.value, ...measures.alike])
      if (!(name in properties)) this.problems.push(`${where}: "${name}" is not a property of ${label}`);
    if (properties[measures.asOf]?.type !== "Date") this.problems.push(`${where}: asOf "${measures.asOf}" is not a date property of ${label}`);
    if (!(measures.relationship in this.model.relationships) || !this.view.ends(measures.relationship).to.includes(label))
      this.problems.push(`${where}: ${measures.relationship} must be a relationship type that ends at ${label}`);
  }

  private once(label: string, properties: PropertyMap): void {
    const once = this.model.labels[label].once;
    if (!once) return;
    const kind = properties[once.kind];
    if (!kind || !isEnum(kind.type)) this.problems.push(`${label}.once: kind "${once.kind}" must be an enum property of ${label}`);
    else for (const value of once.kinds) if (!(value in kind.type.values)) this.problems.push(`${label}.once: ${value} is not a value of ${kind.type.name}`);
    if (properties[once.date]?.type !== "Date") this.problems.push(`${label}.once: date "${once.date}" is not a date property of ${label}`);
    if (!(once.relationship in this.model.relationships) || !this.view.ends(once.relationship).from.includes(label))
      this.problems.push(`${label}.once: ${once.relationship} must be a relationship type that starts at ${label}`);
  }

  /** Each validity source names a date of the fact, of the labels at that end, or of documents. */
  private validity(type: string, spec: RelationshipSpec): void {
    const ends = this.view.ends(type);
    const isDateOf = (labels: string[], name: string) => labels.every((label) => this.view.propertiesOf(label)[name]?.type === "Date");
    const check = (source: ValiditySource): boolean => {
      if ("property" in source) return spec.properties[source.property]?.type === "Date";
      if ("source" in source) return isDateOf(ends.from, source.source);
      if ("target" in source) return isDateOf(ends.to, source.target);
      return isDateOf([this.model.documentLabel], source.document);
    };
    for (const source of [...(spec.validity?.from ?? []), ...(spec.validity?.to ?? [])]) {
      if (!check(source)) this.problems.push(`${type}.validity: ${JSON.stringify(source)} is not a date of that end, of the fact or of documents`);
    }
  }

  private relationField(field: ResolvedRelationField, properties: PropertyMap): void {
    const where = `${field.label}.${field.name}`;
    if (!IDENTIFIER.test(field.name)) this.problems.push(`${where}: a field name must be letters and digits only`);
    if (field.name in properties || NODE_FIELDS.has(field.name))
      this.problems.push(`${where}: a relation field cannot share its name with a property or a Node field`);
    if (field.types.length === 0 || field.targetLabels.length === 0) this.problems.push(`${where}: name at least one relationship type and one target label`);
    const near = field.direction === "OUTGOING" ? "from" : "to";
    for (const type of field.types) {
      if (!this.view.ends(type)[near].includes(field.label))
        this.problems.push(`${where}: ${type} does not ${near === "from" ? "start" : "end"} at ${field.label}`);
    }
    const reachable = new Set(field.types.flatMap((type) => this.view.ends(type)[near === "from" ? "to" : "from"]));
    for (const target of field.targetLabels) if (!reachable.has(target)) this.problems.push(`${where}: ${field.types.join("|")} never reaches ${target}`);
    if (field.edges && (field.types.length !== 1 || !this.view.relationship(field.types[0]).edge)) {
      this.problems.push(`${where}: edges need exactly one relationship type with an edge type`);
    }
    if (field.inverse !== undefined) this.inverse(field);
  }

  /** The inverse reads some of the same relationships the other way, back to this label. */
  private inverse(field: ResolvedRelationField): void {
    for (const target of field.targetLabels) {
      const inverse = this.view.relationFields(target).find((candidate) => candidate.name === field.inverse);
      const where = `${field.label}.${field.name}`;
      if (!inverse) {
        this.problems.push(`${where}: its inverse ${target}.${field.inverse} is not declared`);
        continue;
      }
      const shares = inverse.types.some((type) => field.types.includes(type));
      if (!shares || inverse.direction === field.direction || !inverse.targetLabels.includes(field.label)) {
        this.problems.push(`${where}: ${target}.${field.inverse} must read some of ${field.types.join("|")} the other way, back to ${field.label}`);
      }
    }
  }

  relationship(type: string): void {
    if (!TYPE_NAME.test(type)) this.problems.push(`relationship type "${type}" must be UPPER_SNAKE_CASE`);
    const spec = this.model.relationships[type];
    this.properties(type, this.view.relationshipPropertiesOf(type), spec.edge ? EDGE_FIELDS : new Set(), spec.provenance);
    for (const [name, property] of Object.entries(this.view.relationshipPropertiesOf(type)))
      if (property.history) this.problems.push(`${type}.${name}: only node properties can have a history`);
    this.validity(type, spec);
    if (spec.caption !== undefined && !(spec.caption in spec.properties)) this.problems.push(`${type}: caption "${spec.caption}" is not one of its properties`);
    if (spec.edge) {
      for (const end of [spec.edge.source, spec.edge.target]) {
        if (!IDENTIFIER.test(end) || EDGE_FIELDS.has(end) || end in spec.properties)
          this.problems.push(`${type}: edge field "${end}" must be a free name of letters and digits`);
      }
    }
  }

  /** GraphQL type names (labels, their connections and edges, edge types, enums) and root query names are each used once. */
  names(enums: EnumSpec[]): void {
    const typeNames = [...this.view.labels.flatMap((label) => [label, `${label}Connection`, `${label}Edge`]), ...enums.map((spec) => spec.name)];
    typeNames.push(...this.view.relationshipTypes.flatMap((type) => this.model.relationships[type].edge?.name ?? []));
    const rootNames = this.view.labels.flatMap((label) => [this.model.labels[label].one, this.model.labels[label].many]);
    for (const [what, names] of [
      ["GraphQL type", typeNames],
      ["root query", rootNames],
    ] as const) {
      for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) this.problems.push(`${what} name ${name} is used twice`);
    }
  }

  enums(): EnumSpec[] {
    const seen = new Map<string, EnumSpec>();
    const all = this.view.enumUses();
    for (const spec of all) {
      const earlier = seen.get(spec.name);
      if (earlier && earlier !== spec) this.problems.push(`enum ${spec.name} is declared twice with different values; declare it once and share it`);
      seen.set(spec.name, spec);
      for (const value of Object.keys(spec.values))
        if (!TYPE_NAME.test(value)) this.problems.push(`enum ${spec.name}: value "${value}" must be UPPER_SNAKE_CASE`);
    }
    return [...seen.values()];
  }
}

/**
 * Checks what the compiler cannot: names fit to be Cypher and GraphQL identifiers and clash with
 * nothing, relation fields follow relationship types that reach their targets, inverses read some of
 * the same relationships back, primary dates are dates, required properties have a fallback, and
 * enums are declared once. Throws one error listing every problem; viewOf runs it on every model
 * before anything is derived from it.
 */
export function validateModel(model: GraphModelSpec): void {
  const view = new ModelView(model);
  const checker = new ModelChecker(view);
  const { problems } = checker;
  if (!(model.documentLabel in model.labels)) problems.push(`documentLabel ${model.documentLabel} is not a label`);
  if (!(model.otherTimelineKind in model.timelineKinds.values)) problems.push(`otherTimelineKind ${model.otherTimelineKind} is not a timeline kind`);
  if (view.relationshipTypes.filter((type) => model.relationships[type].provenance === true).length !== 1) {
    problems.push("exactly one relationship type must be the provenance (mention) relationship");
  }
  if (problems.length) throw new Error(`The graph model is inconsistent:\n  - ${problems.join("\n  - ")}`);
  for (const label of view.labels) checker.label(label);
  for (const type of view.relationshipTypes) checker.relationship(type);
  checker.names(checker.enums());
  if (problems.length) throw new Error(`The graph model is inconsistent:\n  - ${problems.join("\n  - ")}`);
}
