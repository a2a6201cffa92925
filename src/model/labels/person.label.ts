import { defineLabel } from "../model-spec";

export const PERSON = defineLabel({
  description: "A person; their positions are relationships to companies.",
  colour: "#db2777",
  one: "person",
  many: "people",
  properties: {},
  relations: {
    positions: {
      types: ["HOLDS_POSITION"],
      direction: "OUTGOING",
      targets: ["Company"],
      edges: true,
      inverse: "executives",
      description: "The positions the sources give this person.",
    },
    witnessed: {
      types: ["WITNESSED"],
      direction: "OUTGOING",
      targets: ["Agreement"],
      inverse: "witnesses",
      description: "Agreements whose signing this person witnessed.",
    },
    events: { types: ["PARTICIPATED_IN"], direction: "OUTGOING", targets: ["Event"], inverse: "participants", description: "Events the person took part in." },
  },
});
