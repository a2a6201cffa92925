import { defineEnum, defineLabel } from "../model-spec";

export const MARKET_KIND = defineEnum({
  name: "MarketKind",
  description: "What sort of place a market is.",
  values: {
    REGION: "A region of the world (Europe, Southeast Asia).",
    COUNTRY: "A country.",
    STATE: "A state or province within a country.",
    CITY: "A city or town.",
    ECONOMIC_UNION: "A union of countries trading as one (the European Union).",
  },
});

export const MARKET = defineLabel({
  description: "A place as a market: region, country, state or city, in a PART_OF hierarchy.",
  colour: "#16a34a",
  one: "market",
  many: "markets",
  properties: {
    kind: { type: MARKET_KIND, description: "Region, country, state, city or economic union." },
  },
  relations: {
    parents: { types: ["PART_OF"], direction: "OUTGOING", targets: ["Market"], inverse: "parts", description: "Larger markets this one is part of." },
    parts: { types: ["PART_OF"], direction: "INCOMING", targets: ["Market"], inverse: "parents", description: "Markets that are part of this one." },
    agreements: {
      types: ["TARGETS_MARKET", "SIGNED_IN"],
      direction: "INCOMING",
      targets: ["Agreement"],
      inverse: "targetMarkets",
      description: "Agreements that target this market or were signed in it.",
    },
    companiesBasedHere: {
      types: ["HEADQUARTERED_IN"],
      direction: "INCOMING",
      targets: ["Company"],
      inverse: "headquarters",
      description: "Companies headquartered in this market.",
    },
    companiesTargeting: {
      types: ["TARGETS_MARKET"],
      direction: "INCOMING",
      targets: ["Company"],
      inverse: "targetMarkets",
      description: "Companies that aim at this market.",
    },
    companiesSellingHere: {
      types: ["SELLS_IN"],
      direction: "INCOMING",
      targets: ["Company"],
      inverse: "salesMarkets",
      description: "Companies that sell in this market.",
    },
    companies: {
      types: ["HEADQUARTERED_IN", "TARGETS_MARKET", "SELLS_IN"],
      direction: "INCOMING",
      targets: ["Company"],
      inverse: "markets",
      description: "Companies based in, targeting or selling in this market, all kinds together.",
      deprecated: "Use companiesBasedHere, companiesTargeting or companiesSellingHere.",
    },
    facilities: {
      types: ["LOCATED_IN", "CANDIDATE_LOCATION"],
      direction: "INCOMING",
      targets: ["Facility"],
      inverse: "location",
      description: "Facilities located here, or considering this place.",
    },
    events: { types: ["LOCATED_IN"], direction: "INCOMING", targets: ["Event"], inverse: "location", description: "Events held here." },
    figures: { types: ["APPLIES_TO"], direction: "INCOMING", targets: ["Figure"], inverse: "appliesTo", description: "Figures about this market." },
    vehiclesTargeting: {
      types: ["TARGETS_MARKET"],
      direction: "INCOMING",
      targets: ["Vehicle"],
      inverse: "targetMarkets",
      description: "Vehicles meant for this market.",
    },
    vehiclesSoldHere: {
      types: ["SELLS_IN"],
      direction: "INCOMING",
      targets: ["Vehicle"],
      inverse: "salesMarkets",
      description: "Vehicles sold in this market.",
    },
    vehicles: {
      types: ["TARGETS_MARKET", "SELLS_IN"],
      direction: "INCOMING",
      targets: ["Vehicle"],
      inverse: "markets",
      description: "Vehicles meant for or sold in this market, both kinds together.",
      deprecated: "Use vehiclesTargeting or vehiclesSoldHere.",
    },
  },
});
