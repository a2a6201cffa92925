import { NodeLabel, RelationshipType, type FactRelationshipType } from "../model/graph-model";
import { nameKey } from "../model/name-key";
import type { EntityPropertiesOf } from "../model/property-types";
import type { FactLink } from "./extraction";
import { unitHead } from "./unit-head";

/** A facility, figure or product, from the article or the graph: its properties and its facts, with the ends as graph ids where known. */
export interface Described {
  key: string;
  label: string;
  name: string;
  properties: Record<string, unknown>;
  links: FactLink[];
}

/** Finds a described thing (draft or graph node) by its key, to follow a product to the plant that makes it. */
export type DescribedByKey = (key: string) => Described | undefined;

/** The other ends of a thing's facts of one type, with the thing at the given end. */
export function linked(thing: Described, type: FactRelationshipType, thingIs: "from" | "to"): string[] {
  const other = thingIs === "from" ? "to" : "from";
  return thing.links.filter((link) => link.type === type && link[thingIs] === thing.key).map((link) => link[other]);
}

const shares = (a: string[], b: string[]) => a.some((key) => b.includes(key));

/** Words that qualify a product without telling it apart: "pure electric trucks" are the "electric trucks". */
const PRODUCT_FILLERS = new Set(["pure", "all", "fully", "full", "new", "the", "a", "an", "its", "their", "two", "several"]);

/** A product name's words, singular, without fillers: "Pure electric trucks" → electric, truck. */
export function productWords(name: string): string[] {
  return nameKey(name)
    .split(" ")
    .filter((word) => word && !PRODUCT_FILLERS.has(word))
    .map((word) => word.replace(/(?<=s)es$|(?<!s)s$/, ""));
}

/** A plant of the same operator and kind, with the same ordinal ("its first plant") or, without one, at the same place and in the same state. */
function sameFacility(a: Described, b: Described): boolean {
  const [pa, pb] = [a.properties as EntityPropertiesOf<"Facility">, b.properties as EntityPropertiesOf<"Facility">];
  if (!shares(linked(a, RelationshipType.OPERATES, "to"), linked(b, RelationshipType.OPERATES, "to"))) return false;
  if (pa.kind && pb.kind && pa.kind !== pb.kind) return false;
  if (pa.ordinal != null && pb.ordinal != null) return Number(pa.ordinal) === Number(pb.ordinal);
  // Without ordinals, a planned plant at the place of a running one is a new plant there.
  if (pa.status && pb.status && pa.status !== pb.status) return false;
  return shares(linked(a, RelationshipType.LOCATED_IN, "from"), linked(b, RelationshipType.LOCATED_IN, "from"));
}

/** A figure of the same subject, with the same value and unit, and the same metric when both state one. */
function sameFigure(a: Described, b: Described): boolean {
  const [pa, pb] = [a.properties as EntityPropertiesOf<"Figure">, b.properties as EntityPropertiesOf<"Figure">];
  if (!shares(linked(a, RelationshipType.HAS_FIGURE, "to"), linked(b, RelationshipType.HAS_FIGURE, "to"))) return false;
  if (pa.value == null || Number(pa.value) !== Number(pb.value) || unitHead(pa.unit) !== unitHead(pb.unit)) return false;
  return !pa.metric || !pb.metric || nameKey(pa.metric) === nameKey(pb.metric);
}

/** Who makes a product: the companies that develop it, and the operators of the plants that produce it. */
export function makersOf(thing: Described, byKey: DescribedByKey): string[] {
  const plants = linked(thing, RelationshipType.PRODUCES, "to").flatMap((plant) => {
    const facility = byKey(plant);
    return facility ? linked(facility, RelationshipType.OPERATES, "to") : [];
  });
  return [...linked(thing, RelationshipType.DEVELOPS, "to"), ...plants];
}

/**
 * A product of the same maker whose every distinguishing word the other's name has ("electric trucks"
 * in "Foton electric trucks sold in Mexico"). A single word ("trucks") says too little to match.
 */
function sameProduct(a: Described, b: Described, byKey: DescribedByKey): boolean {
  if (!shares(makersOf(a, byKey), makersOf(b, byKey))) return false;
  const [wa, wb] = [productWords(a.name), productWords(b.name)];
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return shorter.length >= 2 && shorter.every((word) => longer.includes(word));
}

/** True when two described things are one: the same facility, figure or product by the rules above. */
export function sameDescribed(a: Described, b: Described, byKey: DescribedByKey): boolean {
  if (a.label !== b.label) return false;
  if (a.label === NodeLabel.Facility) return sameFacility(a, b);
  if (a.label === NodeLabel.Figure) return sameFigure(a, b);
  if (a.label === NodeLabel.Vehicle) return sameProduct(a, b, byKey);
  return false;
}

/** The markets a product is sold in or aimed at, to tell apart two products of one maker with the same words. */
export function marketsOf(thing: Described): string[] {
  return [...linked(thing, RelationshipType.SELLS_IN, "from"), ...linked(thing, RelationshipType.TARGETS_MARKET, "from")];
}
