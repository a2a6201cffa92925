import { defineEnum, defineLabel } from "../model-spec";
import { FACILITY_STATUS, VALUE_BOUND } from "../shared-enums";

export const FACILITY_KIND = defineEnum({
  name: "FacilityKind",
  description: "What sort of facility it is.",
  values: {
    PLANT: "A plant, factory or assembly line.",
    DISTRIBUTION_CENTER: "A distribution or parts centre, warehouse or logistics hub.",
    RESEARCH_CENTER: "An R&D, research, technical or design centre.",
    OTHER: "A facility or site of no more specific kind.",
  },
});

export const FACILITY = defineLabel({
  description: "A plant or distribution centre, existing or planned.",
  colour: "#7c3aed",
  one: "facility",
  many: "facilities",
  properties: {
    kind: { type: FACILITY_KIND, description: "What sort of facility it is." },
    status: {
      type: FACILITY_STATUS,
      description: "Whether it runs yet.",
      history: { from: [{ property: "openedOn", value: "OPERATING" }, { document: "publishedOn" }] },
    },
    ordinal: { type: "Int", description: "1 for a company's first such facility in a country, 2 for its second..." },
    products: { type: "StringList", description: "What it makes, in the source's words." },
    estimatedInvestmentUsd: { type: "Float", description: "Estimated investment in US dollars." },
    investmentQualifier: { type: VALUE_BOUND, description: "How the estimate bounds the real investment (MORE_THAN for a lower bound)." },
    investmentNote: { type: "String", description: "What the source says about the estimate." },
    openedOn: { type: "Date", description: "When it opened.", timeline: "PLANT_OPENING", oneValue: true },
    expectedOperational: { type: "Date", description: "When it is expected to start running.", timeline: "PLANNED_OPENING" },
  },
  primaryDates: ["openedOn", "expectedOperational"],
  relations: {
    operators: { types: ["OPERATES"], direction: "INCOMING", targets: ["Company"], inverse: "facilities", description: "Companies that run it or plan it." },
    operations: {
      types: ["OPERATES"],
      direction: "INCOMING",
      targets: ["Company"],
      edges: true,
      inverse: "facilities",
      description: "Who runs or plans it, each with the status of its part.",
    },
    location: { types: ["LOCATED_IN"], direction: "OUTGOING", targets: ["Market"], inverse: "facilities", description: "Where it is (or will be)." },
    candidateLocations: {
      types: ["CANDIDATE_LOCATION"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "facilities",
      description: "Places under consideration for a planned facility.",
    },
    vehicles: { types: ["PRODUCES"], direction: "OUTGOING", targets: ["Vehicle"], inverse: "producedAt", description: "Vehicles it builds." },
    figures: {
      types: ["HAS_FIGURE"],
      direction: "OUTGOING",
      targets: ["Figure"],
      inverse: "subjects",
      description: "Figures such as its estimated investment.",
    },
    events: {
      types: ["CONCERNS"],
      direction: "INCOMING",
      targets: ["Event"],
      inverse: "concerns",
      description: "Events about this facility, such as its opening.",
    },
  },
});
