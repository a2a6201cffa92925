import { renderCypher } from "../db/cypher-library";
import type { FactFilterParams } from "./related-shape";

/**
 * The clauses of the fact filter, each a template of cypher/fact-filter/ turned on by one parameter,
 * in the order a statement applies them. asOf's start parameter stands for both its bounds.
 */
const CLAUSES = [
  { clause: "origin", param: "origin" },
  { clause: "min-confidence", param: "minConfidence" },
  { clause: "as-of", param: "asOfStart" },
  { clause: "known-as-of", param: "knownAsOf" },
  { clause: "min-sources", param: "minSources" },
  { clause: "min-reliability", param: "minReliability" },
] as const satisfies readonly { clause: string; param: keyof FactFilterParams }[];

export type FactFilterClause = (typeof CLAUSES)[number]["clause"];

/**
 * The clauses a read needs: those whose parameter is set, in a fixed order. Which clauses a
 * statement holds is part of its text, so a cache of rendered statements keys on them (see
 * clausesKey); an unfiltered read has none and costs what it did before filters existed.
 */
export function factFilterClauses(params: FactFilterParams): FactFilterClause[] {
  return CLAUSES.filter(({ param }) => params[param] !== null).map(({ clause }) => clause);
}

/** The part of a statement cache key that says which fact filter clauses its text holds: "" for none. */
export function clausesKey(clauses: readonly FactFilterClause[]): string {
  return clauses.join("+");
}

/**
 * The slots a clause fills from other templates: under knownAsOf, validity, counts, grade and
 * supersession as the graph knew them then; otherwise as merged, so that a read without knownAsOf
 * renders the statement it rendered before the known variants existed.
 */
function innerSlots(clause: FactFilterClause, known: boolean, slots: { r: string; p: string }): Record<string, string> {
  const inner = (template: string) => renderCypher(`fact-filter/${template}`, slots);
  if (clause === "as-of") {
    return {
      validFrom: inner(known ? "known-valid-from" : "valid-from"),
      validTo: inner(known ? "known-valid-to" : "valid-to"),
      knownSupersession: known ? ` ${inner("known-supersession")}` : "",
    };
  }
  if (clause === "min-sources") return { sourceCount: inner(known ? "known-source-count" : "source-count") };
  if (clause === "min-reliability") return { reliability: inner(known ? "known-reliability" : "reliability") };
  return {};
}

/**
 * The fact filter (origin, confidence, as-of, known-as-of, sources, grade) on relationship variable
 * `r`, its parameters suffixed with `suffix`: only the given clauses, each written once in
 * cypher/fact-filter/ and joined with AND, or `true` when there are none. Only the choice of
 * clauses and generated variable names go into the text; every value is a parameter.
 */
export function factFilter(r: string, suffix: string, clauses: readonly FactFilterClause[]): string {
  if (clauses.length === 0) return "true";
  const slots = { r, p: suffix };
  const known = clauses.includes("known-as-of");
  return clauses.map((clause) => `(${renderCypher(`fact-filter/${clause}`, { ...slots, ...innerSlots(clause, known, slots) }).trim()})`).join("\nAND ");
}
