import { GRAPH_MODEL } from "../../src/model/graph-model";
import { defineLabel, defineModel } from "../../src/model/model-spec";

// A label a new engineer might add: the whole change is these declarations, in a model of its own.
const INVESTOR = defineLabel({
  description: "A fund or firm that takes stakes in companies.",
  colour: "#0f766e",
  one: "investor",
  many: "investors",
  properties: {
    fund: { type: "String", description: "The fund it invests through.", searchable: true },
    investedOn: { type: "Date", description: "When it first invested.", timeline: "INVESTMENT" },
  },
  primaryDates: ["investedOn"],
  relations: {
    portfolio: { types: ["INVESTS_IN"], direction: "OUTGOING", targets: ["Company"], inverse: "investors", description: "Companies it holds stakes in." },
  },
});

const { Company } = GRAPH_MODEL.labels;
export const EXTENDED = defineModel({
  ...GRAPH_MODEL,
  labels: {
    ...GRAPH_MODEL.labels,
    Investor: INVESTOR,
    Company: {
      ...Company,
      relations: {
        ...Company.relations,
        investors: { types: ["INVESTS_IN"], direction: "INCOMING", targets: ["Investor"], inverse: "portfolio", description: "Who holds stakes in it." },
      },
    },
  },
  relationships: {
    ...GRAPH_MODEL.relationships,
    INVESTS_IN: {
      description: "An investor holds a stake in a company.",
      from: ["Investor"],
      to: ["Company"],
      properties: { stakePercent: { type: "Float", description: "The stake, in per cent." } },
    },
  },
  timelineKinds: { ...GRAPH_MODEL.timelineKinds, values: { ...GRAPH_MODEL.timelineKinds.values, INVESTMENT: "An investor took a stake." } },
});

export const text = "Northwind Capital took a 12% stake in Foton in March 2023.";
export const facts = {
  document: { id: "document:stake", title: "Stake" },
  entities: [
    { id: "investor:northwind", label: "Investor", name: "Northwind Capital", dates: { investedOn: { value: "2023-03" } }, quote: "Northwind Capital" },
    { id: "company:foton", label: "Company", name: "Foton", quote: "Foton" },
  ],
  relationships: [
    {
      id: "rel:northwind-foton",
      type: "INVESTS_IN",
      from: "investor:northwind",
      to: "company:foton",
      properties: { stakePercent: 12 },
      quote: "took a 12% stake in Foton",
    },
  ],
};
