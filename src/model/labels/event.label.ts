import { defineEnum, defineLabel } from "../model-spec";

export const EVENT_KIND = defineEnum({
  name: "EventKind",
  description: "What sort of event it is; an event's date sits on a timeline under the same kind.",
  values: {
    SIGNING: "A signing ceremony.",
    LAUNCH: "A product launch.",
    EXPO: "A trade show or expo.",
    DEBUT: "A product's first showing.",
    PARTNERSHIP_START: "The start of a partnership.",
    REGULATION: "A rule taking effect.",
    ANNOUNCEMENT: "An announcement.",
  },
});

export const EVENT = defineLabel({
  description: "An expo, launch, debut, signing, partnership start or regulation.",
  colour: "#ca8a04",
  one: "event",
  many: "events",
  properties: {
    kind: { type: EVENT_KIND, description: "What sort of event it is." },
    description: { type: "String", description: "How the sources describe it.", searchable: true },
    date: { type: "Date", description: "When it happened or happens.", timeline: { fromProperty: "kind", otherwise: "OTHER" } },
    effectiveFrom: { type: "Date", description: "When a regulation takes effect.", timeline: "REGULATION" },
  },
  primaryDates: ["date", "effectiveFrom"],
  once: { relationship: "CONCERNS", kind: "kind", kinds: ["PARTNERSHIP_START", "SIGNING", "LAUNCH", "DEBUT"], date: "date" },
  relations: {
    location: { types: ["LOCATED_IN"], direction: "OUTGOING", targets: ["Market"], inverse: "events", description: "Where it took place." },
    participants: {
      types: ["PARTICIPATED_IN"],
      direction: "INCOMING",
      targets: ["Company", "Person"],
      inverse: "events",
      description: "Companies and people that took part.",
    },
    participations: {
      types: ["PARTICIPATED_IN"],
      direction: "INCOMING",
      targets: ["Company", "Person"],
      edges: true,
      inverse: "events",
      description: "Who took part, each with the part it played.",
    },
    featured: { types: ["FEATURED"], direction: "OUTGOING", targets: ["Vehicle"], inverse: "events", description: "Vehicles shown or launched." },
    concerns: {
      types: ["CONCERNS"],
      direction: "OUTGOING",
      targets: ["Agreement", "Facility", "Vehicle"],
      inverse: "events",
      description: "The agreement, facility or vehicle the event is about.",
    },
  },
});
