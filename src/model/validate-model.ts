import type { EnumSpec, GraphModelSpec, PropertySpec } from "./model-spec";
import { isEnum, viewOf, type ModelView, type PropertyMap } from "./model-view";
import { STORED_PROPERTY_NAMES } from "./stored-properties";

/** Names that reach Cypher and GraphQL as identifiers: labels, types, properties and field names. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

function checkProperties(where: string, properties: PropertyMap, model: GraphModelSpec, problems: string[], allowReserved = false): void {
  for (const [name, spec] of Object.entries(properties)) {
    if (!IDENTIFIER.test(name)) problems.push(`${where}: property "${name}" must be letters and digits only`);
    if (STORED_PROPERTY_NAMES.has(name) && !allowReserved) problems.push(`${where}: property "${name}" is kept by the loader; choose another name`);
    if (spec.timeline !== undefined && spec.type !== "Date") problems.push(`${where}.${name}: only dates have a timeline kind`);
    checkTimeline(`${where}.${name}`, spec, properties, model, problems);
  }
}

function checkTimeline(where: string, spec: PropertySpec, properties: PropertyMap, model: GraphModelSpec, problems: string[]): void {
  const rule = spec.timeline;
  if (rule === undefined || typeof rule === "string") return;
  const source = properties[rule.fromProperty];
  if (!source || !isEnum(source.type)) {
    problems.push(`${where}: its timeline kind comes from "${rule.fromProperty}", which must be an enum property of the same label`);
    return;
  }
  const unknown = Object.keys(source.type.values).filter((value) => !(value in model.timelineKinds.values));
  if (unknown.length) problems.push(`${where}: ${unknown.join(", ")} of ${source.type.name} must also be timeline kinds`);
}

function checkRelationFields(view: ModelView, label: string, problems: string[]): void {
  const properties = view.propertiesOf(label);
  for (const field of view.relationFields(label)) {
    const where = `${label}.${field.name}`;
    if (field.name in properties) problems.push(`${where}: a relation field cannot share its name with a property`);
    for (const type of field.types) {
      const ends = view.ends(type);
      const own = field.direction === "OUTGOING" ? ends.from : ends.to;
      if (!own.includes(label)) problems.push(`${where}: ${type} does not ${field.direction === "OUTGOING" ? "start" : "end"} at ${label}`);
    }
    const reachable = new Set(field.types.flatMap((type) => view.ends(type)[field.direction === "OUTGOING" ? "to" : "from"]));
    for (const target of field.targetLabels) if (!reachable.has(target)) problems.push(`${where}: ${field.types.join("|")} never reaches ${target}`);
    if (field.edges && (field.types.length !== 1 || !view.relationship(field.types[0]).edge))
      problems.push(`${where}: edges need exactly one relationship type with an edge type`);
    if (field.inverse !== undefined) checkInverse(view, field, problems);
  }
}

function checkInverse(view: ModelView, field: ReturnType<ModelView["relationFields"]>[number], problems: string[]): void {
  for (const target of field.targetLabels) {
    const inverse = view.relationFields(target).find((candidate) => candidate.name === field.inverse);
    const where = `${field.label}.${field.name}`;
    if (!inverse) {
      problems.push(`${where}: its inverse ${target}.${field.inverse} is not declared`);
      continue;
    }
    const shares = inverse.types.some((type) => field.types.includes(type));
    if (!shares || inverse.direction === field.direction || !inverse.targetLabels.includes(field.label)) {
      problems.push(`${where}: ${target}.${field.inverse} must read some of ${field.types.join("|")} the other way, back to ${field.label}`);
    }
  }
}

function checkEnums(view: ModelView, problems: string[]): void {
  const seen = new Map<string, EnumSpec>();
  const all: EnumSpec[] = [];
  for (const label of view.labels) all.push(...Object.values(view.propertiesOf(label)).flatMap((spec) => (isEnum(spec.type) ? [spec.type] : [])));
  for (const type of view.relationshipTypes)
    all.push(...Object.values(view.relationshipPropertiesOf(type)).flatMap((spec) => (isEnum(spec.type) ? [spec.type] : [])));
  for (const spec of [view.model.timelineKinds, ...all]) {
    const earlier = seen.get(spec.name);
    if (earlier && earlier !== spec) problems.push(`enum ${spec.name} is declared twice with different values; declare it once and share it`);
    seen.set(spec.name, spec);
    for (const value of Object.keys(spec.values)) if (!TYPE_NAME.test(value)) problems.push(`enum ${spec.name}: value "${value}" must be UPPER_SNAKE_CASE`);
  }
}

/**
 * Checks what the compiler cannot: names fit to be Cypher and GraphQL identifiers, relation fields
 * follow relationship types that reach their targets, inverses read the same relationships back,
 * primary dates are dates, and enums are declared once. Throws one error listing every problem, at
 * the start of any process that loads the model.
 */
export function validateModel(model: GraphModelSpec): void {
  const view = viewOf(model);
  const problems: string[] = [];
  if (!(model.documentLabel in model.labels)) problems.push(`documentLabel ${model.documentLabel} is not a label`);
  if (!(model.otherTimelineKind in model.timelineKinds.values)) problems.push(`otherTimelineKind ${model.otherTimelineKind} is not a timeline kind`);
  if (view.relationshipTypes.filter((type) => model.relationships[type].provenance).length !== 1)
    problems.push("exactly one relationship type must be the provenance (mention) relationship");
  for (const label of view.labels) {
    if (!IDENTIFIER.test(label) || !/^[A-Z]/.test(label)) problems.push(`label "${label}" must be a capitalised word of letters and digits`);
    const properties = view.propertiesOf(label);
    checkProperties(label, properties, model, problems);
    for (const name of view.primaryDates(label))
      if (properties[name]?.type !== "Date") problems.push(`${label}: primary date "${name}" is not a date property`);
    checkRelationFields(view, label, problems);
  }
  for (const type of view.relationshipTypes) {
    if (!TYPE_NAME.test(type)) problems.push(`relationship type "${type}" must be UPPER_SNAKE_CASE`);
    const spec = model.relationships[type];
    checkProperties(type, view.relationshipPropertiesOf(type), model, problems, spec.provenance);
    if (spec.caption !== undefined && !(spec.caption in spec.properties)) problems.push(`${type}: caption "${spec.caption}" is not one of its properties`);
  }
  checkEnums(view, problems);
  if (problems.length) throw new Error(`The graph model is inconsistent:\n  - ${problems.join("\n  - ")}`);
}
