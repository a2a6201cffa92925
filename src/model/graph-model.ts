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
import { FACT_ORIGIN, SOURCE_GRADE } from "./shared-enums";
import { TIMELINE_KINDS } from "./timeline-kinds";
import { viewOf } from "./model-view";

const PROVENANCE_PROPERTIES = {
  origin: { type: FACT_ORIGIN, description: "Where it comes from: a curated facts file, or the extractor." },
  confidence: { type: "Float", description: "How sure the extractor was, 0 to 1; curated facts have 1." },
  extractorVersion: { type: "String", description: "The extractor version that read it, for extracted facts." },
} as const;

/** What every fact carries besides its origin: when it held, when it was learnt, and how well it is sourced. */
const FACT_PROPERTIES = {
  ...PROVENANCE_PROPERTIES,
  validFrom: {
    type: "Date",
    description: "From when it holds, as its source states or implies (a title as of the article, an agreement from its signing); null when open.",
    untimed: true,
  },
  validTo: { type: "Date", description: "Until when it holds, when a source says; null when open.", untimed: true },
  recordedAt: { type: "String", description: "When the graph learnt it: the ISO time its first document was loaded.", computed: true },
  sourceCount: { type: "Int", description: "How many documents state it.", computed: true },
  independentSourceCount: {
    type: "Int",
    description: "How many distinct publishers state it (a document without a publisher counts as its own).",
    computed: true,
  },
  reliability: { type: SOURCE_GRADE, description: "The best grade among the publishers that state it.", computed: true },
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
  factProperties: FACT_PROPERTIES,
});

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

// Making the view validates the model (see validateModel): an inconsistent declaration fails at start.
const view = viewOf(GRAPH_MODEL);

export const DOCUMENT_LABEL = GRAPH_MODEL.documentLabel;
export const NODE_LABELS = view.labels as NodeLabel[];
export const ENTITY_LABELS = view.entityLabels as EntityLabel[];
export const RELATIONSHIP_TYPES = view.relationshipTypes as RelationshipType[];

/** The relationship that records mentions rather than facts. */
export const MENTION_RELATIONSHIP = view.mentionType as Exclude<RelationshipType, FactRelationshipType>;

/** Every relationship type that states a fact: all but the mention relationship. */
export const FACT_RELATIONSHIP_TYPES = view.factTypes as FactRelationshipType[];
