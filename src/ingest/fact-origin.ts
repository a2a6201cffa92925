import type { GraphModel } from "../model/graph-model";
import type { ValueOf } from "../model/property-types";

type FactPropertyName = keyof GraphModel["factProperties"];
type Origin = ValueOf<GraphModel["factProperties"]["origin"]>;

/** The stored names and values that say where a node or fact comes from, typed against the model's fact properties. */
export const ORIGIN: FactPropertyName = "origin";
export const CONFIDENCE: FactPropertyName = "confidence";
export const CURATED: Origin = "CURATED";
export const EXTRACTED: Origin = "EXTRACTED";

/** Whether what a document states was read by the extractor; a facts file's statements (origin CURATED or unset) are curated. */
export function isExtracted(properties: Record<string, unknown>): boolean {
  return properties[ORIGIN] === EXTRACTED;
}

/** The stored names of the fact properties the loader derives from evidence, typed against the model. */
export const FACT_PROPERTY = {
  validFrom: "validFrom",
  validTo: "validTo",
  recordedAt: "recordedAt",
  sourceCount: "sourceCount",
  independentSourceCount: "independentSourceCount",
  reliability: "reliability",
  extractorVersion: "extractorVersion",
} as const satisfies Record<string, FactPropertyName>;
