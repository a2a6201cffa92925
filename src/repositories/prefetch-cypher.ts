import type { RenderedCypher } from "../db/cypher-library";
import { renderCypher } from "../db/cypher-library";
import { modelInUse } from "../model/model-in-use";
import type { Params } from "../db/neo4j-gateway";
import { clausesKey, factFilter, factFilterClauses } from "./fact-filter-cypher";
import { FACT_FILTER_PARAMS, relatedShape, type PrefetchStep } from "./related-shape";

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
  /** What the text depends on (each step's direction and types, and the tree's form): equal shapes render equal text. */
  shape: string;
}

/** How many rendered texts a cache keeps; a server sees few distinct selections, so a full cache is simply emptied. */
const MAX_CACHED_TEXTS = 500;

/** The value cached under `key`, made and kept on first use, in a cache emptied when it reaches MAX_CACHED_TEXTS. */
export function cachedText<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const stepTexts = new Map<string, { subqueries: string; results: string }>();

/** The step's text-bearing part: its direction, relationship types and fact filter clauses. */
function stepShape(step: PrefetchStep): string {
  const { params } = relatedShape(step.query);
  return `${params.direction}:${params.types.join("|")}:${clausesKey(factFilterClauses(params))}`;
}

/** The value parameters of a tree of steps and their result keys, numbered depth first as the rendered text numbers them, and the tree's shape. */
function numberSteps(steps: PrefetchStep[]): Pick<CompiledSteps, "params" | "keys" | "shape"> {
  const params: Params = {};
  const keys = new Map<PrefetchStep, string>();
  let counter = 0;
  const visit = (children: PrefetchStep[]): string =>
    children
      .map((step) => {
        const number = ++counter;
        const shape = relatedShape(step.query).params;
        params[`labels${number}`] = shape.labels;
        params[`limit${number}`] = shape.limit;
        for (const name of FACT_FILTER_PARAMS) params[`${name}${number}`] = shape[name];
        keys.set(step, `s${number}`);
        return `${stepShape(step)}(${visit(step.children)})`;
      })
      .join(",");
  const shape = visit(steps);
  return { params, keys, shape };
}

/**
 * The parts of a step's text that its direction and types fix: the label at the other end when the
 * model allows only one there (a literal from the model, so no node's labels are read per row), the
 * direction of a directed step, and whether rows need sorting by type.
 */
function fixedByShape(step: number, parent: number, direction: string, types: string[]) {
  const view = modelInUse();
  const labels = new Set(
    types.flatMap((type) => {
      const ends = view.ends(type);
      return direction === "INCOMING" ? ends.from : direction === "OUTGOING" ? ends.to : [...ends.from, ...ends.to];
    }),
  );
  const [only] = labels;
  return {
    label: labels.size === 1 ? `'${only}'` : `[l IN labels(n${step}) WHERE l <> 'Node'][0]`,
    direction: direction === "BOTH" ? `CASE WHEN startNode(r${step}) = n${parent} THEN 'OUTGOING' ELSE 'INCOMING' END` : `'${direction}'`,
    orderType: types.length > 1 ? `type${step}, ` : "",
  };
}

/** Renders the nested CALL subqueries of a tree of steps, numbered depth first from 1. */
function renderStepTree(steps: PrefetchStep[]): { subqueries: string; results: string } {
  let counter = 0;
  const render = (parent: number, children: PrefetchStep[]): { subqueries: string; results: string } => {
    const numbers: number[] = [];
    const rendered = children.map((step) => {
      const number = ++counter;
      numbers.push(number);
      const shape = relatedShape(step.query).params;
      for (const type of shape.types) {
        if (!modelInUse().relationshipTypes.includes(type)) throw new Error(`Unknown relationship type ${type} in a prefetch plan`);
      }
      const nested = render(number, step.children);
      return renderCypher("prefetch-related-step", {
        parent: String(parent),
        step: String(number),
        from: shape.direction === "INCOMING" ? "<-" : "-",
        to: shape.direction === "OUTGOING" ? "->" : "-",
        types: shape.types.join("|"),
        factFilter: factFilter(`r${number}`, String(number), factFilterClauses(shape)),
        ...fixedByShape(number, parent, shape.direction, shape.types),
        subqueries: nested.subqueries,
        results: nested.results,
      });
    });
    return { subqueries: rendered.join("\n"), results: numbers.map((number) => `s${number}: s${number}`).join(", ") };
  };
  return render(0, steps);
}

/**
 * Renders a tree of relationship reads as one nested CALL subquery per step below the root nodes
 * `n0`, for a template that finds those roots (by id, or a page of a list). Only step numbers and
 * enum-checked relationship types go into the text; labels, limits and ids are parameters. The
 * text is rendered once per shape and reused.
 */
export function compileSteps(steps: PrefetchStep[]): CompiledSteps {
  const numbered = numberSteps(steps);
  return { ...cachedText(stepTexts, numbered.shape, () => renderStepTree(steps)), ...numbered };
}

/** Compiles the nodes `ids` and a tree of relationship reads below them into one Cypher statement. */
export function compilePrefetch(ids: string[], steps: PrefetchStep[]): CompiledPrefetch {
  const { subqueries, results, params, keys } = compileSteps(steps);
  const text = renderCypher("prefetch-related", { subqueries, results });
  return { statement: { template: "prefetch-related", text }, params: { ...params, ids }, keys };
}
