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

/**
 * Compiles a tree of relationship reads into one Cypher statement: the root nodes, then one nested
 * CALL subquery per step. Only step numbers and enum-checked relationship types go into the text;
 * labels, limits and ids are parameters.
 */
export function compilePrefetch(ids: string[], steps: PrefetchStep[]): CompiledPrefetch {
  const params: Params = { ids };
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
  const text = renderCypher("prefetch-related", top);
  return { statement: { template: "prefetch-related", text }, params, keys };
}
