import { ANY_ENTITY } from "./model-spec";
import { FACILITY_STATUS } from "./shared-enums";
import { defineEnum } from "./model-spec";

export const PARTY_ROLE = defineEnum({
  name: "PartyRole",
  description: "The part a company plays in an agreement.",
  values: {
    SIGNATORY: "It signed the agreement.",
    DEVELOPER: "It develops what the agreement is about.",
    PARTNER: "A partner in it.",
    SUPPLIER: "It supplies parts, batteries or services under it.",
    CUSTOMER: "It buys under it.",
    SALES_CHANNEL: "It sells the products the agreement covers.",
    INVESTOR: "It puts money in.",
  },
});

export const PARTICIPANT_ROLE = defineEnum({
  name: "ParticipantRole",
  description: "The part a company or person plays in an event.",
  values: {
    SIGNATORY: "Signed at the event.",
    PARTNER: "A partner in what the event marks.",
    CO_DEVELOPER: "Developed what was launched or shown, with others.",
    EXHIBITOR: "Showed products at the event.",
    ORGANISER: "Organised the event.",
  },
});

/**
 * Every relationship type of the graph: which labels it joins, the properties a fact of that type
 * carries, and whether at most one such fact holds at a time.
 */
export const RELATIONSHIPS = {
  HOLDS_POSITION: {
    description: "A person holds a position at a company.",
    from: ["Person"],
    to: ["Company"],
    properties: {
      title: { type: "String", description: "The title exactly as the source gives it.", required: true },
      unit: { type: "String", description: "The business unit, function or country the title names." },
      asOf: { type: "Date", description: "The date the source states the position for.", timeline: "POSITION" },
    },
    single: "per-pair",
    validity: { from: [{ property: "asOf" }, { document: "publishedOn" }] },
    caption: "title",
    edge: { name: "Position", description: "A person's position at a company (a HOLDS_POSITION relationship).", source: "person", target: "company" },
  },
  PARTY_TO: {
    description: "A company is a party to an agreement.",
    from: ["Company"],
    to: ["Agreement"],
    properties: { role: { type: PARTY_ROLE, description: "The part it plays, when the source says." } },
    validity: { from: [{ target: "signedOn" }, { target: "startedOn" }, { target: "announcedOn" }] },
    edge: { name: "AgreementParty", description: "A company's part in an agreement (a PARTY_TO relationship).", source: "company", target: "agreement" },
  },
  WITNESSED: {
    description: "A person witnessed the signing of an agreement.",
    from: ["Person"],
    to: ["Agreement"],
    properties: { delegation: { type: "String", description: "The party whose delegation the person belonged to, as the source names it." } },
    edge: {
      name: "Witness",
      description: "A person who witnessed the signing of an agreement (a WITNESSED relationship).",
      source: "person",
      target: "agreement",
    },
  },
  COVERS: { description: "An agreement covers a vehicle.", from: ["Agreement"], to: ["Vehicle"], properties: {} },
  TARGETS_MARKET: {
    description: "An agreement, company or vehicle aims at a market.",
    from: ["Agreement", "Company", "Vehicle"],
    to: ["Market"],
    properties: {},
  },
  SIGNED_IN: { description: "An agreement was signed in a place.", from: ["Agreement"], to: ["Market"], properties: {}, single: "per-source" },
  CONSOLIDATES: { description: "An agreement consolidates an earlier one.", from: ["Agreement"], to: ["Agreement"], properties: {} },
  FOLLOWS_FROM: { description: "Talks or a deal follow from an earlier agreement.", from: ["Agreement"], to: ["Agreement"], properties: {} },
  DIVISION_OF: { description: "A company is a division or unit of another.", from: ["Company"], to: ["Company"], properties: {} },
  BRAND_OF: { description: "A company is a brand of another.", from: ["Company"], to: ["Company"], properties: {} },
  SUBSIDIARY_OF: { description: "A company is a subsidiary of another.", from: ["Company"], to: ["Company"], properties: {} },
  HEADQUARTERED_IN: { description: "A company is based in a place.", from: ["Company"], to: ["Market"], properties: {}, single: "per-source" },
  PART_OF: { description: "A place is part of a larger one.", from: ["Market"], to: ["Market"], properties: {} },
  OPERATES: {
    description: "A company runs, or plans, a facility.",
    from: ["Company"],
    to: ["Facility"],
    properties: { status: { type: FACILITY_STATUS, description: "PLANNED while the facility is still being planned." } },
    validity: { from: [{ target: "openedOn" }] },
    edge: { name: "Operation", description: "A company's part in running a facility (an OPERATES relationship).", source: "operator", target: "facility" },
  },
  LOCATED_IN: { description: "A facility or event is in a place.", from: ["Facility", "Event"], to: ["Market"], properties: {}, single: "per-source" },
  CANDIDATE_LOCATION: { description: "A place is considered for a planned facility.", from: ["Facility"], to: ["Market"], properties: {} },
  DEVELOPS: { description: "A company develops a vehicle.", from: ["Company"], to: ["Vehicle"], properties: {} },
  PRODUCES: { description: "A facility builds a vehicle.", from: ["Facility"], to: ["Vehicle"], properties: {} },
  SELLS_IN: { description: "A company or vehicle is sold in a market.", from: ["Company", "Vehicle"], to: ["Market"], properties: {} },
  PARTICIPATED_IN: {
    description: "A company or person took part in an event.",
    from: ["Company", "Person"],
    to: ["Event"],
    properties: { role: { type: PARTICIPANT_ROLE, description: "The part it played, when the source says." } },
    edge: {
      name: "Participation",
      description: "A company's or person's part in an event (a PARTICIPATED_IN relationship).",
      source: "participant",
      target: "event",
    },
  },
  FEATURED: { description: "An event showed or launched a vehicle.", from: ["Event"], to: ["Vehicle"], properties: {} },
  CONCERNS: { description: "An event is about an agreement, facility or vehicle.", from: ["Event"], to: ["Agreement", "Facility", "Vehicle"], properties: {} },
  HAS_FIGURE: {
    description: "A figure is stated about a company or facility.",
    from: ["Company", "Facility"],
    to: ["Figure"],
    properties: {},
    validity: { from: [{ target: "asOf" }] },
  },
  APPLIES_TO: { description: "A figure concerns a market or vehicle.", from: ["Figure"], to: ["Market", "Vehicle"], properties: {} },
  BASED_ON: { description: "A vehicle is built on another (a platform).", from: ["Vehicle"], to: ["Vehicle"], properties: {} },
  MENTIONED_IN: {
    description: "A document mentions an entity; it carries the quote and the names the document uses, not a fact.",
    from: ANY_ENTITY,
    to: ["Document"],
    properties: { aliases: { type: "StringList", description: "The names this document uses for the entity." } },
    provenance: true,
  },
} as const;
