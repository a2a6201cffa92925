import { defineEnum, defineLabel } from "../model-spec";

export const AGREEMENT_KIND = defineEnum({
  name: "AgreementKind",
  description: "What sort of agreement it is.",
  values: {
    MOU: "A memorandum of understanding.",
    DEVELOPMENT_AGREEMENT: "An agreement to develop something together.",
    PARTNERSHIP: "A partnership, alliance or collaboration.",
    JOINT_VENTURE: "A joint venture: a company or operation owned together.",
    PARTNER_DESIGNATION: "One company named as another's partner for something.",
    SUPPLY: "A supply deal, or a supplier chosen.",
    COOPERATION: "A looser cooperation, such as talks on a next step.",
    OTHER: "An agreement, deal or contract of no more specific kind.",
  },
});

export const AGREEMENT_STATUS = defineEnum({
  name: "AgreementStatus",
  description: "How far an agreement has got.",
  values: {
    SIGNED: "Signed.",
    ESTABLISHED: "In place and running.",
    PLANNED: "Intended, not yet signed.",
    EXPLORING: "Being explored or evaluated.",
    ANNOUNCED: "Announced, with no word on signing.",
  },
});

export const AGREEMENT = defineLabel({
  description: "An MOU, development agreement, partnership, joint venture, partner designation or supply deal.",
  colour: "#ea580c",
  one: "agreement",
  many: "agreements",
  properties: {
    kind: { type: AGREEMENT_KIND, description: "What sort of agreement it is." },
    status: { type: AGREEMENT_STATUS, description: "How far it has got." },
    scope: { type: "String", description: "What the agreement covers, in the source's words.", searchable: true },
    undisclosedParties: { type: "StringList", description: "Parties the source mentions without naming them." },
    signedOn: { type: "Date", description: "When it was signed.", timeline: "SIGNING" },
    announcedOn: { type: "Date", description: "When it was announced.", timeline: "ANNOUNCEMENT" },
    startedOn: { type: "Date", description: "When the partnership or cooperation began.", timeline: "PARTNERSHIP_START" },
    dueBy: { type: "Date", description: "When the next step (such as contracts) is due.", timeline: "DEADLINE" },
  },
  primaryDates: ["signedOn", "announcedOn", "startedOn"],
  relations: {
    parties: {
      types: ["PARTY_TO"],
      direction: "INCOMING",
      targets: ["Company"],
      edges: true,
      inverse: "agreements",
      description: "The companies party to it, with the part each plays.",
    },
    witnesses: {
      types: ["WITNESSED"],
      direction: "INCOMING",
      targets: ["Person"],
      edges: true,
      inverse: "witnessed",
      description: "People who witnessed the signing.",
    },
    vehicles: { types: ["COVERS"], direction: "OUTGOING", targets: ["Vehicle"], inverse: "agreements", description: "Vehicles the agreement covers." },
    targetMarkets: {
      types: ["TARGETS_MARKET"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "agreements",
      description: "Markets the agreement aims at.",
    },
    signedIn: { types: ["SIGNED_IN"], direction: "OUTGOING", targets: ["Market"], inverse: "agreements", description: "Where it was signed." },
    consolidates: {
      types: ["CONSOLIDATES"],
      direction: "OUTGOING",
      targets: ["Agreement"],
      inverse: "consolidatedBy",
      description: "Earlier agreements this one consolidates.",
    },
    consolidatedBy: {
      types: ["CONSOLIDATES"],
      direction: "INCOMING",
      targets: ["Agreement"],
      inverse: "consolidates",
      description: "Later agreements that consolidate this one.",
    },
    followsFrom: {
      types: ["FOLLOWS_FROM"],
      direction: "OUTGOING",
      targets: ["Agreement"],
      inverse: "followUps",
      description: "The earlier agreement whose talks this one follows from.",
    },
    followUps: {
      types: ["FOLLOWS_FROM"],
      direction: "INCOMING",
      targets: ["Agreement"],
      inverse: "followsFrom",
      description: "Later talks or agreements this one opened the door to.",
    },
    events: {
      types: ["CONCERNS"],
      direction: "INCOMING",
      targets: ["Event"],
      inverse: "concerns",
      description: "Events about this agreement (signing, partnership start...).",
    },
  },
});
