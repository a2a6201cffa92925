import type { RenderedCypher } from "../db/cypher-library";
import { renderCypher } from "../db/cypher-library";
import { modelInUse } from "../model/model-in-use";
import type { Params } from "../db/neo4j-gateway";
import { relatedShape, type PrefetchStep } from "./related-shape";

export interface CompiledPrefetch {
  statement: RenderedCypher;
  params: Params;
  /** The result key (`s<n>`) of each step, by step. */
  keys: Map<PrefetchStep, string>;
}

/** A tree of relationship reads rendered as nested CALL subqueries below `n0`, ready for a root template. */
export interface CompiledSteps {
  subqueries: string;
  results: string;
  params: Params;
  keys: Map<PrefetchStep, string>;
}

/**
 * Renders a tree of relationship reads as one nested CALL subquery per step below the root nodes
 * `n0`, for a template that finds those roots (by id, or a page of a list). Only step numbers and
 * enum-checked relationship types go into the text; labels, limits and ids are parameters.
 */
export function compileSteps(steps: PrefetchStep[]): CompiledSteps {
  const params: Params = {};
  const keys = new Map<PrefetchStep, string>();
  let counter = 0;

  const renderSteps = (parent: number, children: PrefetchStep[]): { subqueries: string; results: string } => {
    const rendered = children.map((step) => {
      const number = ++counter;
      const shape = relatedShape(step.query).params;
      for (const type of shape.types) {
        if (!modelInUse().relationshipTypes.includes(type)) throw new Error(`Unknown relationship type ${type} in a prefetch plan`);
      }
      params[`labels${number}`] = shape.labels;
      params[`limit${number}`] = shape.limit;
      params[`origin${number}`] = shape.origin;
      params[`minConfidence${number}`] = shape.minConfidence;
      keys.set(step, `s${number}`);
      const nested = renderSteps(number, step.children);
      return renderCypher("prefetch-related-step", {
        parent: String(parent),
        step: String(number),
        from: shape.direction === "INCOMING" ? "<-" : "-",
        to: shape.direction === "OUTGOING" ? "->" : "-",
        types: shape.types.join("|"),
        subqueries: nested.subqueries,
        results: nested.results,
      });
    });
    const results = [...keys.entries()].filter(([step]) => children.includes(step)).map(([, key]) => `${key}: ${key}`);
    return { subqueries: rendered.join("\n"), results: results.join(", ") };
  };

  const top = renderSteps(0, steps);
  return { ...top, params, keys };
}

/** Compiles the nodes `ids` and a tree of relationship reads below them into one Cypher statement. */
export function compilePrefetch(ids: string[], steps: PrefetchStep[]): CompiledPrefetch {
  const { subqueries, results, params, keys } = compileSteps(steps);
  const text = renderCypher("prefetch-related", { subqueries, results });
  return { statement: { template: "prefetch-related", text }, params: { ...params, ids }, keys };
}
