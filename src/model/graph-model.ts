import { AGREEMENT } from "./labels/agreement.label";
import { COMPANY } from "./labels/company.label";
import { DOCUMENT } from "./labels/document.label";
import { EVENT } from "./labels/event.label";
import { FACILITY } from "./labels/facility.label";
import { FIGURE } from "./labels/figure.label";
import { MARKET } from "./labels/market.label";
import { PERSON } from "./labels/person.label";
import { VEHICLE } from "./labels/vehicle.label";
import { defineModel } from "./model-spec";
import { RELATIONSHIPS } from "./relationships";
import { FACT_ORIGIN } from "./shared-enums";
import { TIMELINE_KINDS } from "./timeline-kinds";
import { validateModel } from "./validate-model";

const PROVENANCE_PROPERTIES = {
  origin: { type: FACT_ORIGIN, description: "Where it comes from: a curated facts file, or the extractor." },
  confidence: { type: "Float", description: "How sure the extractor was, 0 to 1; curated facts have 1." },
  extractorVersion: { type: "String", description: "The extractor version that read it, for extracted facts." },
} as const;

/**
 * The graph this server serves, declared once. Labels live in labels/ (one file each), relationship
 * types in relationships.ts; this file puts them together. Everything that names a label, property or
 * relationship type elsewhere derives from GRAPH_MODEL.
 */
export const GRAPH_MODEL = defineModel({
  labels: {
    Company: COMPANY,
    Person: PERSON,
    Vehicle: VEHICLE,
    Market: MARKET,
    Agreement: AGREEMENT,
    Facility: FACILITY,
    Event: EVENT,
    Figure: FIGURE,
    Document: DOCUMENT,
  },
  relationships: RELATIONSHIPS,
  documentLabel: "Document",
  timelineKinds: TIMELINE_KINDS,
  otherTimelineKind: "OTHER",
  entityProperties: PROVENANCE_PROPERTIES,
  factProperties: PROVENANCE_PROPERTIES,
});

validateModel(GRAPH_MODEL);

export type GraphModel = typeof GRAPH_MODEL;
type Labels = GraphModel["labels"];
type Relationships = GraphModel["relationships"];

export type NodeLabel = Extract<keyof Labels, string>;
export type EntityLabel = Exclude<NodeLabel, GraphModel["documentLabel"]>;
export type RelationshipType = Extract<keyof Relationships, string>;
export type FactRelationshipType = { [R in RelationshipType]: Relationships[R] extends { provenance: true } ? never : R }[RelationshipType];

/** A name-to-itself map, so that code can write NodeLabel.Company and get the checked string "Company". */
function names<K extends string>(record: Record<K, unknown>): { readonly [N in K]: N } {
  return Object.fromEntries(Object.keys(record).map((key) => [key, key])) as { [N in K]: N };
}

export const NodeLabel = names(GRAPH_MODEL.labels);
export const RelationshipType = names(GRAPH_MODEL.relationships);

export const DOCUMENT_LABEL = GRAPH_MODEL.documentLabel;
export const NODE_LABELS = Object.keys(GRAPH_MODEL.labels) as NodeLabel[];
export const ENTITY_LABELS = NODE_LABELS.filter((label): label is EntityLabel => label !== DOCUMENT_LABEL);
export const RELATIONSHIP_TYPES = Object.keys(GRAPH_MODEL.relationships) as RelationshipType[];

/** The relationship that records mentions rather than facts. */
export const MENTION_RELATIONSHIP = RELATIONSHIP_TYPES.find((type) => "provenance" in GRAPH_MODEL.relationships[type]) as Exclude<
  RelationshipType,
  FactRelationshipType
>;

/** Every relationship type that states a fact: all but the mention relationship. */
export const FACT_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.filter((type): type is FactRelationshipType => type !== MENTION_RELATIONSHIP);

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(GRAPH_MODEL.relationships, value);
}
