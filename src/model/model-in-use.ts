import { GRAPH_MODEL } from "./graph-model";
import type { GraphModelSpec } from "./model-spec";
import { viewOf, type ModelView } from "./model-view";

/** Kept on globalThis, like type-graphql's own metadata, so that a second copy of this module agrees with the first. */
const IN_USE = Symbol.for("knowledge-graph.model-in-use");
type Holder = { [IN_USE]?: GraphModelSpec };

/**
 * Makes `model` the one this process serves: the repositories, the loader and the schema read their
 * labels and relationship types from it. The product's model is served unless a test or tool serves
 * another; a process serves one model, so switching to a second is a programming error.
 */
export function serveModel(model: GraphModelSpec): ModelView {
  const holder = globalThis as Holder;
  if (holder[IN_USE] && holder[IN_USE] !== model) throw new Error("This process already serves another graph model; a process serves one model.");
  holder[IN_USE] = model;
  return viewOf(model);
}

/** The model this process serves (the product's unless serveModel chose another). */
export function modelInUse(): ModelView {
  return viewOf((globalThis as Holder)[IN_USE] ?? GRAPH_MODEL);
}
