/**
 * The allow-list of the graph: its node labels, relationship types and which labels each type may
 * join. Every label or type that reaches Cypher comes from here, never from a request's text.
 */
export enum NodeLabel {
  Company = "Company",
  Person = "Person",
  Vehicle = "Vehicle",
  Market = "Market",
  Agreement = "Agreement",
  Facility = "Facility",
  Event = "Event",
  Figure = "Figure",
  Document = "Document",
}

export const DOCUMENT_LABEL = NodeLabel.Document;

/** The labels of the things facts are about: every label but Document. */
export type EntityLabel = Exclude<NodeLabel, NodeLabel.Document>;

export const NODE_LABELS = Object.values(NodeLabel);
export const ENTITY_LABELS = NODE_LABELS.filter((label): label is EntityLabel => label !== DOCUMENT_LABEL);

export enum RelationshipType {
  HOLDS_POSITION = "HOLDS_POSITION",
  PARTY_TO = "PARTY_TO",
  WITNESSED = "WITNESSED",
  COVERS = "COVERS",
  TARGETS_MARKET = "TARGETS_MARKET",
  SIGNED_IN = "SIGNED_IN",
  CONSOLIDATES = "CONSOLIDATES",
  FOLLOWS_FROM = "FOLLOWS_FROM",
  DIVISION_OF = "DIVISION_OF",
  BRAND_OF = "BRAND_OF",
  SUBSIDIARY_OF = "SUBSIDIARY_OF",
  HEADQUARTERED_IN = "HEADQUARTERED_IN",
  PART_OF = "PART_OF",
  OPERATES = "OPERATES",
  LOCATED_IN = "LOCATED_IN",
  CANDIDATE_LOCATION = "CANDIDATE_LOCATION",
  DEVELOPS = "DEVELOPS",
  PRODUCES = "PRODUCES",
  SELLS_IN = "SELLS_IN",
  PARTICIPATED_IN = "PARTICIPATED_IN",
  FEATURED = "FEATURED",
  CONCERNS = "CONCERNS",
  HAS_FIGURE = "HAS_FIGURE",
  APPLIES_TO = "APPLIES_TO",
  BASED_ON = "BASED_ON",
  MENTIONED_IN = "MENTIONED_IN",
}

const { Company, Person, Vehicle, Market, Agreement, Facility, Event, Figure } = NodeLabel;

/** Which labels each relationship type joins, as [allowed sources, allowed targets]. */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, [NodeLabel[], NodeLabel[]]> = {
  HOLDS_POSITION: [[Person], [Company]],
  PARTY_TO: [[Company], [Agreement]],
  WITNESSED: [[Person], [Agreement]],
  COVERS: [[Agreement], [Vehicle]],
  TARGETS_MARKET: [[Agreement, Company, Vehicle], [Market]],
  SIGNED_IN: [[Agreement], [Market]],
  CONSOLIDATES: [[Agreement], [Agreement]],
  FOLLOWS_FROM: [[Agreement], [Agreement]],
  DIVISION_OF: [[Company], [Company]],
  BRAND_OF: [[Company], [Company]],
  SUBSIDIARY_OF: [[Company], [Company]],
  HEADQUARTERED_IN: [[Company], [Market]],
  PART_OF: [[Market], [Market]],
  OPERATES: [[Company], [Facility]],
  LOCATED_IN: [[Facility, Event], [Market]],
  CANDIDATE_LOCATION: [[Facility], [Market]],
  DEVELOPS: [[Company], [Vehicle]],
  PRODUCES: [[Facility], [Vehicle]],
  SELLS_IN: [[Company, Vehicle], [Market]],
  PARTICIPATED_IN: [[Company, Person], [Event]],
  FEATURED: [[Event], [Vehicle]],
  CONCERNS: [[Event], [Agreement, Facility, Vehicle]],
  HAS_FIGURE: [[Company, Facility], [Figure]],
  APPLIES_TO: [[Figure], [Market, Vehicle]],
  BASED_ON: [[Vehicle], [Vehicle]],
  MENTIONED_IN: [[...ENTITY_LABELS], [DOCUMENT_LABEL]],
};

/** Date properties, in order of preference, that give an entity its place on a time axis. */
export const PRIMARY_DATE_PROPERTIES: Partial<Record<NodeLabel, string[]>> = {
  Agreement: ["signedOn", "announcedOn"],
  Event: ["date", "effectiveFrom"],
  Facility: ["openedOn", "expectedOperational"],
  Figure: ["asOf", "since", "targetBy"],
  Document: ["publishedOn"],
};

/** Every relationship type that states a fact: all but MENTIONED_IN, which records provenance. */
export const FACT_RELATIONSHIP_TYPES = Object.values(RelationshipType).filter((type) => type !== RelationshipType.MENTIONED_IN);

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_ENDPOINTS, value);
}

/** The label encoded in a global id ("company:foton" → Company), or null when the prefix is unknown. */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.split(":", 1)[0];
  return NODE_LABELS.find((label) => label.toLowerCase() === prefix) ?? null;
}
