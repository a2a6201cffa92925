import { defineEnum, defineLabel } from "../model-spec";
import { VALUE_BOUND } from "../shared-enums";

export const FIGURE_QUALIFIER = defineEnum({
  name: "FigureQualifier",
  description: "Whether a figure is a result, a goal or an estimate.",
  values: {
    ACTUAL: "What happened.",
    GOAL: "What someone aims for.",
    ESTIMATE: "What someone expects or estimates.",
  },
});

export const FIGURE = defineLabel({
  description: "A figure a source states: exports, countries, goals, investments.",
  colour: "#64748b",
  one: "figure",
  many: "figures",
  properties: {
    metric: { type: "String", description: 'What is measured ("electric units sold").', searchable: true },
    value: { type: "Float", description: "The number." },
    unit: { type: "String", description: 'The unit or currency ("vehicles", "USD").' },
    qualifier: { type: FIGURE_QUALIFIER, description: "Whether it is a result, a goal or an estimate." },
    bound: { type: VALUE_BOUND, description: "How the number bounds the real value, when the source hedges it." },
    description: { type: "String", description: "The figure in the source's words.", searchable: true },
    since: { type: "Date", description: 'Since when it holds ("for 13 consecutive years since 2011").', timeline: "FIGURE" },
    targetBy: { type: "Date", description: "When a goal is due.", timeline: "TARGET" },
    asOf: { type: "Date", description: "When it held.", timeline: "FIGURE" },
  },
  primaryDates: ["asOf", "since", "targetBy"],
  measures: { relationship: "HAS_FIGURE", measure: "metric", alike: ["unit", "qualifier", "since", "targetBy"], value: "value", asOf: "asOf" },
  relations: {
    subjects: {
      types: ["HAS_FIGURE"],
      direction: "INCOMING",
      targets: ["Company", "Facility"],
      inverse: "figures",
      description: "The company or facility the figure is about.",
    },
    appliesTo: {
      types: ["APPLIES_TO"],
      direction: "OUTGOING",
      targets: ["Market", "Vehicle"],
      inverse: "figures",
      description: "The market or vehicle the figure concerns.",
    },
  },
});
