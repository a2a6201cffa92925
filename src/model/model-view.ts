import { ANY_ENTITY, type EnumSpec, type GraphModelSpec, type LabelSpec, type PropertySpec, type RelationFieldSpec, type RelationshipSpec } from "./model-spec";
import { validateModel } from "./validate-model";

export type PropertyMap = Readonly<Record<string, PropertySpec>>;

/** A relation field with its owner and its targets spelt out. */
export interface ResolvedRelationField extends RelationFieldSpec {
  label: string;
  name: string;
  targetLabels: string[];
  /**
   * The labels the read keeps, when the relationship types also reach labels the field does not
   * return (Market.companies follows TARGETS_MARKET, which agreements and vehicles have too).
   */
  labelFilter: string[] | undefined;
}

function isEnum(type: PropertySpec["type"]): type is EnumSpec {
  return typeof type === "object";
}

/**
 * Answers the questions every derivation asks of a model — which labels are entities, what a
 * relationship joins, which properties a label or relationship carries, what a date means on a
 * timeline — so that the GraphQL types, the Cypher schema, the loader and the timeline read one
 * answer. Make it with viewOf(model); it is computed once per model.
 */
export class ModelView {
  readonly labels: string[];
  readonly entityLabels: string[];
  readonly relationshipTypes: string[];
  readonly factTypes: string[];
  readonly mentionType: string;
  private readonly labelProperties = new Map<string, PropertyMap>();
  private readonly typeProperties = new Map<string, PropertyMap>();
  private readonly fields = new Map<string, ResolvedRelationField[]>();

  constructor(readonly model: GraphModelSpec) {
    this.labels = Object.keys(model.labels);
    this.entityLabels = this.labels.filter((label) => label !== model.documentLabel);
    this.relationshipTypes = Object.keys(model.relationships);
    this.factTypes = this.relationshipTypes.filter((type) => !model.relationships[type].provenance);
    this.mentionType = this.relationshipTypes.find((type) => model.relationships[type].provenance) ?? "";
  }

  label(label: string): LabelSpec {
    const spec = this.model.labels[label];
    if (!spec) throw new Error(`The model has no label ${label}`);
    return spec;
  }

  relationship(type: string): RelationshipSpec {
    const spec = this.model.relationships[type];
    if (!spec) throw new Error(`The model has no relationship type ${type}`);
    return spec;
  }

  isEntity(label: string): boolean {
    return label !== this.model.documentLabel;
  }

  /** The labels a relationship type may start and end at. */
  ends(type: string): { from: string[]; to: string[] } {
    const spec = this.relationship(type);
    return { from: spec.from === ANY_ENTITY ? [...this.entityLabels] : [...spec.from], to: [...spec.to] };
  }

  /**
   * Whether a later fact of this type can supersede an earlier one: it is single-valued, or it joins
   * a subject to the nodes that state values of its measures (see LabelSpec.measures).
   */
  supersedable(type: string): boolean {
    return Boolean(this.relationship(type).single) || this.labels.some((label) => this.label(label).measures?.relationship === type);
  }

  /** A label's own properties, and for entities the ones every entity may carry. */
  propertiesOf(label: string): PropertyMap {
    let properties = this.labelProperties.get(label);
    if (!properties) {
      const own = this.label(label).properties;
      properties = Object.freeze(this.isEntity(label) ? { ...own, ...this.model.entityProperties } : { ...own });
      this.labelProperties.set(label, properties);
    }
    return properties;
  }

  /** A relationship type's own properties, and for facts the ones every fact may carry. */
  relationshipPropertiesOf(type: string): PropertyMap {
    let properties = this.typeProperties.get(type);
    if (!properties) {
      const spec = this.relationship(type);
      properties = Object.freeze(spec.provenance ? { ...spec.properties } : { ...spec.properties, ...this.model.factProperties });
      this.typeProperties.set(type, properties);
    }
    return properties;
  }

  dateNames(properties: PropertyMap): string[] {
    return Object.keys(properties).filter((name) => properties[name].type === "Date");
  }

  /** The dates that sit on timelines: all but the untimed ones (validity bounds). */
  timelineDateNames(properties: PropertyMap): string[] {
    return this.dateNames(properties).filter((name) => !properties[name].untimed);
  }

  /** The properties the loader sets and a facts file may not give. */
  computedNames(properties: PropertyMap): string[] {
    return Object.keys(properties).filter((name) => properties[name].computed);
  }

  primaryDates(label: string): string[] {
    return [...(this.label(label).primaryDates ?? [])];
  }

  /** The properties the node_search full-text index holds, besides name and aliases. */
  searchableProperties(): string[] {
    const names = new Set<string>();
    for (const label of this.labels) {
      for (const [name, spec] of Object.entries(this.propertiesOf(label))) if (spec.searchable) names.add(name);
    }
    return [...names];
  }

  /** Every enum the model's properties use, each once, by GraphQL name. */
  enums(): EnumSpec[] {
    return [...new Map(this.enumUses().map((spec) => [spec.name, spec])).values()];
  }

  /** Every place an enum is used (the timeline kinds, then each property's), repeats included, for checks that enums are declared once. */
  enumUses(): EnumSpec[] {
    const uses: EnumSpec[] = [this.model.timelineKinds];
    const maps = [...this.labels.map((label) => this.propertiesOf(label)), ...this.relationshipTypes.map((type) => this.relationshipPropertiesOf(type))];
    for (const properties of maps) for (const spec of Object.values(properties)) if (isEnum(spec.type)) uses.push(spec.type);
    return uses;
  }

  /** The relation fields of a label, with their targets spelt out. */
  relationFields(label: string): ResolvedRelationField[] {
    let fields = this.fields.get(label);
    if (!fields) {
      fields = Object.entries(this.label(label).relations).map(([name, field]) => this.resolveField(label, name, field));
      this.fields.set(label, fields);
    }
    return fields;
  }

  private resolveField(label: string, name: string, field: RelationFieldSpec): ResolvedRelationField {
    const targetLabels = field.targets === ANY_ENTITY ? [...this.entityLabels] : [...field.targets];
    const reachable = new Set(field.types.flatMap((type) => this.ends(type)[field.direction === "OUTGOING" ? "to" : "from"]));
    const labelFilter = [...reachable].some((reached) => !targetLabels.includes(reached)) ? targetLabels : undefined;
    return { ...field, label, name, targetLabels, labelFilter };
  }

  /** What a date property of a node means on a timeline; `node` holds the node's stored properties. */
  timelineKind(properties: PropertyMap, property: string, node: Record<string, unknown>): string {
    const rule = properties[property]?.timeline;
    if (rule === undefined) return this.model.otherTimelineKind;
    if (typeof rule === "string") return rule;
    const value = node[rule.fromProperty];
    return typeof value === "string" && Object.prototype.hasOwnProperty.call(this.model.timelineKinds.values, value) ? value : rule.otherwise;
  }

  /** Whether a value fits a property's declared type; enums take only their values. */
  accepts(spec: PropertySpec, value: unknown): boolean {
    if (isEnum(spec.type)) return typeof value === "string" && Object.prototype.hasOwnProperty.call(spec.type.values, value);
    switch (spec.type) {
      case "String":
        return typeof value === "string";
      case "Int":
        // GraphQL's Int is 32-bit: a larger whole number could be stored but never read back.
        return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
      case "Float":
        return typeof value === "number" && Number.isFinite(value);
      case "Boolean":
        return typeof value === "boolean";
      case "StringList":
        return Array.isArray(value) && value.every((item) => typeof item === "string");
      case "Date":
        return false;
    }
  }

  /** The type a property takes, as a person would write it in a facts file. */
  describeType(spec: PropertySpec): string {
    if (isEnum(spec.type)) return `one of ${Object.keys(spec.type.values).join(", ")}`;
    const words: Record<string, string> = {
      String: "a string",
      Int: "a whole number",
      Float: "a number",
      Boolean: "true or false",
      StringList: "a list of strings",
      Date: "a date",
    };
    return words[spec.type];
  }
}

export { isEnum };

const views = new WeakMap<GraphModelSpec, ModelView>();

/** The one ModelView of a model, made (and the model validated, see validateModel) on first use. */
export function viewOf(model: GraphModelSpec): ModelView {
  let view = views.get(model);
  if (!view) {
    validateModel(model);
    views.set(model, (view = new ModelView(model)));
  }
  return view;
}
