import { GRAPH_MODEL } from "../../model/graph-model";
import type { GraphModelSpec } from "../../model/model-spec";

/** One colour per node label of a model, as it declares them. */
export function labelColours(model: GraphModelSpec): Record<string, string> {
  return Object.fromEntries(Object.entries(model.labels).map(([label, spec]) => [label, spec.colour]));
}

/** The product model's colours, shared by the drawing and its legend. */
export const LABEL_COLOURS = labelColours(GRAPH_MODEL);
