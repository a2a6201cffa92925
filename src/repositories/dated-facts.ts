import type { ModelView } from "../model/model-view";
import { datePartName } from "../model/stored-properties";

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
  return view.dateNames(properties).map((property) => {
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
  return {
    nodeDates: view.labels
      .filter((label) => view.isEntity(label))
      .flatMap((label) => datedProperties(view, view.propertiesOf(label)).map((date) => ({ ...date, label }))),
    relationshipDates: view.relationshipTypes.flatMap((type) => datedProperties(view, view.relationshipPropertiesOf(type)).map((date) => ({ ...date, type }))),
    kindValues: Object.keys(view.model.timelineKinds.values),
  };
}
