import type { ModelView, PropertyMap } from "../model/model-view";
import { DATE_PARTS, datePartName } from "../model/stored-properties";
import type { Projection } from "./projection";

/** One declared date, as the dated-facts Cypher reads it: where it is held and under which timeline kind it falls. */
interface DatedProperty {
  property: string;
  startKey: string;
  endKey: string;
  precisionKey: string;
  /** A fixed kind, or null when the kind is the holder's own `kindFrom` property. */
  kind: string | null;
  kindFrom: string;
  otherwise: string | null;
}

function datedProperties(view: ModelView, properties: ReturnType<ModelView["propertiesOf"]>): DatedProperty[] {
  return view.timelineDateNames(properties).map((property) => {
    const rule = properties[property].timeline;
    const fixed = rule === undefined ? view.model.otherTimelineKind : typeof rule === "string" ? rule : null;
    return {
      property,
      startKey: datePartName(property, "start"),
      endKey: datePartName(property, "end"),
      precisionKey: datePartName(property, "precision"),
      kind: fixed,
      kindFrom: typeof rule === "object" ? rule.fromProperty : "",
      otherwise: typeof rule === "object" ? rule.otherwise : null,
    };
  });
}

/**
 * The parameters that let one Cypher statement read every dated fact of the graph: each label's
 * and each relationship type's declared dates, with the stored names of their parts and the rule
 * that gives their timeline kind. Derived from the model, so a new date property joins the
 * graph-wide timeline without touching the query.
 */
export function datedFactParams(view: ModelView) {
  let params = datedFactParamsOf.get(view);
  if (!params) {
    params = readDatedFactParams(view);
    datedFactParamsOf.set(view, params);
  }
  return params;
}

const datedFactParamsOf = new WeakMap<ModelView, ReturnType<typeof readDatedFactParams>>();

function readDatedFactParams(view: ModelView) {
  return {
    nodeDates: view.labels
      .filter((label) => view.isEntity(label))
      .flatMap((label) => datedProperties(view, view.propertiesOf(label)).map((date) => ({ ...date, label }))),
    relationshipDates: view.relationshipTypes.flatMap((type) => datedProperties(view, view.relationshipPropertiesOf(type)).map((date) => ({ ...date, type }))),
    kindValues: Object.keys(view.model.timelineKinds.values),
  };
}

/** The stored properties that building a timeline entry reads from a holder of these declared properties: each date with its parts, and the property that names a date's kind. */
function timelineKeysOf(view: ModelView, properties: PropertyMap): string[] {
  return view.timelineDateNames(properties).flatMap((property) => {
    const rule = properties[property].timeline;
    return [property, ...DATE_PARTS.map((part) => datePartName(property, part)), ...(typeof rule === "object" ? [rule.fromProperty] : [])];
  });
}

function readTimelineKeys(view: ModelView): Projection {
  const nodeKeys: Record<string, string[]> = {};
  for (const label of view.labels) if (view.isEntity(label)) nodeKeys[label] = timelineKeysOf(view, view.propertiesOf(label));
  const relationshipKeys: Record<string, string[]> = {};
  for (const type of view.relationshipTypes) {
    const caption = view.relationship(type).caption;
    relationshipKeys[type] = [...timelineKeysOf(view, view.relationshipPropertiesOf(type)), ...(caption ? [caption] : [])];
  }
  return { nodeKeys, relationshipKeys };
}

const timelineKeys = new WeakMap<ModelView, Projection>();

function widen(keys: Record<string, string[]>, extra: Record<string, string[]>): Record<string, string[]> {
  const widened: Record<string, string[]> = {};
  for (const [name, own] of Object.entries(keys)) widened[name] = [...new Set([...own, ...(extra[name] ?? [])])];
  return widened;
}

/**
 * The projection a timeline statement reads with: the request's, plus what a timeline entry is built
 * from whatever is selected (the dates with their parts, the property naming a date's kind and a
 * relationship's caption). A label or type the request reads whole stays whole.
 */
export function timelineProjection(view: ModelView, request: Projection): Projection {
  let keys = timelineKeys.get(view);
  if (!keys) {
    keys = readTimelineKeys(view);
    timelineKeys.set(view, keys);
  }
  return { nodeKeys: widen(request.nodeKeys, keys.nodeKeys), relationshipKeys: widen(request.relationshipKeys, keys.relationshipKeys) };
}
