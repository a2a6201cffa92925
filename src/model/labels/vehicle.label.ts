import { defineEnum, defineLabel } from "../model-spec";

export const VEHICLE_KIND = defineEnum({
  name: "VehicleKind",
  description: "What sort of product a vehicle entry is.",
  values: {
    MODEL: "One named model (NP6, say).",
    PRODUCT_LINE: 'A family of products ("pure electric trucks").',
    PLATFORM: "A platform other vehicles are built on.",
  },
});

export const VEHICLE = defineLabel({
  description: "A vehicle model, product line or platform.",
  colour: "#0891b2",
  one: "vehicle",
  many: "vehicles",
  properties: {
    kind: { type: VEHICLE_KIND, description: "Whether it is a model, a product line or a platform." },
    powertrain: { type: "String", description: 'The powertrain in the source\'s words ("pure electric", "hydrogen").' },
    category: { type: "String", description: 'The vehicle category in the source\'s words ("light commercial vehicle", "bus").' },
    gvwMaxTonnes: { type: "Float", description: "Maximum gross vehicle weight, in tonnes." },
    description: { type: "String", description: "How the sources describe it.", searchable: true },
  },
  relations: {
    developers: { types: ["DEVELOPS"], direction: "INCOMING", targets: ["Company"], inverse: "vehicles", description: "Companies that develop it." },
    agreements: { types: ["COVERS"], direction: "INCOMING", targets: ["Agreement"], inverse: "vehicles", description: "Agreements that cover it." },
    events: {
      types: ["FEATURED", "CONCERNS"],
      direction: "INCOMING",
      targets: ["Event"],
      inverse: "featured",
      description: "Launches, debuts and expos that featured it, and other events about it.",
    },
    targetMarkets: {
      types: ["TARGETS_MARKET"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "vehiclesTargeting",
      description: "Markets it is meant for.",
    },
    salesMarkets: { types: ["SELLS_IN"], direction: "OUTGOING", targets: ["Market"], inverse: "vehiclesSoldHere", description: "Markets it is sold in." },
    markets: {
      types: ["TARGETS_MARKET", "SELLS_IN"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "vehicles",
      description: "Markets it is meant for or sold in, both kinds together.",
      deprecated: "Use targetMarkets or salesMarkets.",
    },
    basedOn: { types: ["BASED_ON"], direction: "OUTGOING", targets: ["Vehicle"], inverse: "derivatives", description: "The platform it is built on." },
    derivatives: { types: ["BASED_ON"], direction: "INCOMING", targets: ["Vehicle"], inverse: "basedOn", description: "Vehicles built on it." },
    producedAt: { types: ["PRODUCES"], direction: "INCOMING", targets: ["Facility"], inverse: "vehicles", description: "Facilities that build it." },
    figures: {
      types: ["APPLIES_TO"],
      direction: "INCOMING",
      targets: ["Figure"],
      inverse: "appliesTo",
      description: "Figures about this vehicle, such as units sold.",
    },
  },
});
