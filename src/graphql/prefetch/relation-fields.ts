import { NodeLabel as L, RelationshipType as R } from "../../model/graph-model";
import type { RelatedQuery } from "../../repositories/related-shape";

/** A relationship field of an object type: which relationships it follows, in which direction, to which labels. */
export type RelationField = Required<Pick<RelatedQuery, "types" | "direction">> & Pick<RelatedQuery, "labels">;

/**
 * Every GraphQL field that reads a node's relationships, by object type and field name. The
 * resolvers read their query from here, and the prefetch planner reads the same entries to fetch a
 * whole nested selection in one round trip, so the two can never disagree. `Node` holds the fields
 * every node type has.
 */
export const RELATION_FIELDS = {
  Agreement: {
    parties: { types: [R.PARTY_TO], direction: "INCOMING" },
    witnesses: { types: [R.WITNESSED], direction: "INCOMING" },
    vehicles: { types: [R.COVERS], direction: "OUTGOING" },
    targetMarkets: { types: [R.TARGETS_MARKET], direction: "OUTGOING" },
    signedIn: { types: [R.SIGNED_IN], direction: "OUTGOING" },
    consolidates: { types: [R.CONSOLIDATES], direction: "OUTGOING" },
    consolidatedBy: { types: [R.CONSOLIDATES], direction: "INCOMING" },
    followsFrom: { types: [R.FOLLOWS_FROM], direction: "OUTGOING" },
    followUps: { types: [R.FOLLOWS_FROM], direction: "INCOMING" },
    events: { types: [R.CONCERNS], direction: "INCOMING" },
  },
  Company: {
    executives: { types: [R.HOLDS_POSITION], direction: "INCOMING" },
    agreements: { types: [R.PARTY_TO], direction: "OUTGOING" },
    parents: { types: [R.DIVISION_OF, R.BRAND_OF, R.SUBSIDIARY_OF], direction: "OUTGOING" },
    children: { types: [R.DIVISION_OF, R.BRAND_OF, R.SUBSIDIARY_OF], direction: "INCOMING" },
    brands: { types: [R.BRAND_OF], direction: "INCOMING" },
    headquarters: { types: [R.HEADQUARTERED_IN], direction: "OUTGOING" },
    markets: { types: [R.TARGETS_MARKET, R.SELLS_IN], direction: "OUTGOING" },
    facilities: { types: [R.OPERATES], direction: "OUTGOING" },
    vehicles: { types: [R.DEVELOPS], direction: "OUTGOING" },
    events: { types: [R.PARTICIPATED_IN], direction: "OUTGOING" },
    figures: { types: [R.HAS_FIGURE], direction: "OUTGOING" },
  },
  Document: {
    entities: { types: [R.MENTIONED_IN], direction: "INCOMING" },
  },
  Event: {
    location: { types: [R.LOCATED_IN], direction: "OUTGOING" },
    participants: { types: [R.PARTICIPATED_IN], direction: "INCOMING" },
    featured: { types: [R.FEATURED], direction: "OUTGOING" },
    concerns: { types: [R.CONCERNS], direction: "OUTGOING" },
  },
  Facility: {
    operators: { types: [R.OPERATES], direction: "INCOMING" },
    location: { types: [R.LOCATED_IN], direction: "OUTGOING" },
    candidateLocations: { types: [R.CANDIDATE_LOCATION], direction: "OUTGOING" },
    vehicles: { types: [R.PRODUCES], direction: "OUTGOING" },
    figures: { types: [R.HAS_FIGURE], direction: "OUTGOING" },
    events: { types: [R.CONCERNS], direction: "INCOMING" },
  },
  Figure: {
    subjects: { types: [R.HAS_FIGURE], direction: "INCOMING" },
    appliesTo: { types: [R.APPLIES_TO], direction: "OUTGOING" },
  },
  Market: {
    parents: { types: [R.PART_OF], direction: "OUTGOING" },
    parts: { types: [R.PART_OF], direction: "INCOMING" },
    agreements: { types: [R.TARGETS_MARKET, R.SIGNED_IN], direction: "INCOMING", labels: [L.Agreement] },
    companies: { types: [R.HEADQUARTERED_IN, R.TARGETS_MARKET, R.SELLS_IN], direction: "INCOMING", labels: [L.Company] },
    facilities: { types: [R.LOCATED_IN, R.CANDIDATE_LOCATION], direction: "INCOMING", labels: [L.Facility] },
    events: { types: [R.LOCATED_IN], direction: "INCOMING", labels: [L.Event] },
    figures: { types: [R.APPLIES_TO], direction: "INCOMING" },
  },
  Node: {
    mentions: { types: [R.MENTIONED_IN], direction: "OUTGOING" },
  },
  Person: {
    positions: { types: [R.HOLDS_POSITION], direction: "OUTGOING" },
    witnessed: { types: [R.WITNESSED], direction: "OUTGOING" },
    events: { types: [R.PARTICIPATED_IN], direction: "OUTGOING" },
  },
  Vehicle: {
    developers: { types: [R.DEVELOPS], direction: "INCOMING" },
    agreements: { types: [R.COVERS], direction: "INCOMING" },
    events: { types: [R.FEATURED], direction: "INCOMING" },
    markets: { types: [R.TARGETS_MARKET, R.SELLS_IN], direction: "OUTGOING" },
    basedOn: { types: [R.BASED_ON], direction: "OUTGOING" },
    derivatives: { types: [R.BASED_ON], direction: "INCOMING" },
    producedAt: { types: [R.PRODUCES], direction: "INCOMING" },
  },
} satisfies Record<string, Record<string, RelationField>>;

/**
 * Object types that wrap one relationship (a position, a party to an agreement, a witness): for
 * each of their node fields, which end of the wrapped relationship it resolves to.
 */
export const RELATIONSHIP_WRAPPER_FIELDS: Record<string, Record<string, "source" | "target">> = {
  Position: { person: "source", company: "target" },
  AgreementParty: { company: "source", agreement: "target" },
  Witness: { person: "source", agreement: "target" },
  Relationship: { source: "source", target: "target" },
};
