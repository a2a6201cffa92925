import { isEnum, type ModelView, type PropertyMap } from "../model/model-view";
import type { PropertySpec } from "../model/model-spec";
import { DATE_PARTS, datePartName, STORED_PROPERTIES as S } from "../model/stored-properties";

/** The value types an export writes, named as neo4j-admin's CSV headers name them. */
export type ColumnType = "string" | "long" | "double" | "boolean" | "string[]";

/** One property of a label or relationship type, as every export format writes it. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
}

/** The columns of every label and relationship type of a model, in a fixed order. */
export interface ExportColumns {
  nodes: Map<string, ExportColumn[]>;
  relationships: Map<string, ExportColumn[]>;
}

const SCALAR_COLUMN: Record<Exclude<PropertySpec["type"], object>, ColumnType> = {
  String: "string",
  Int: "long",
  Float: "double",
  Boolean: "boolean",
  StringList: "string[]",
  Date: "string",
};

/** The type each date part is stored with (see flattenDates in the loader): ISO days and words, and a flag. */
const DATE_PART_TYPE: Record<(typeof DATE_PARTS)[number], ColumnType> = {
  precision: "string",
  start: "string",
  end: "string",
  text: "string",
  inferred: "boolean",
};

/** A declared property as columns: a date is its EDTF value and each of its stored parts. */
function declaredColumns(properties: PropertyMap): ExportColumn[] {
  return Object.entries(properties).flatMap(([name, spec]): ExportColumn[] => {
    if (isEnum(spec.type)) return [{ name, type: "string" }];
    if (spec.type !== "Date") return [{ name, type: SCALAR_COLUMN[spec.type] }];
    return [{ name, type: "string" }, ...DATE_PARTS.map((part) => ({ name: datePartName(name, part), type: DATE_PART_TYPE[part] }))];
  });
}

/** Where a fact or mention comes from: its document, its quote and the quote's offsets in the document's text. */
export const PROVENANCE_COLUMNS: readonly ExportColumn[] = [
  { name: S.documentId, type: "string" },
  { name: S.quote, type: "string" },
  { name: S.start, type: "long" },
  { name: S.end, type: "long" },
];

const withoutRepeats = (columns: ExportColumn[]) => columns.filter((column, index) => columns.findIndex((other) => other.name === column.name) === index);

/**
 * What an export writes of each label and relationship type, derived from the model: the id and
 * name (and an entity's other names), every declared property with its stored type, dates with their
 * parts, and on every relationship its provenance. Lookup keys and the loader's bookkeeping (name
 * keys, a mention's copy of the entity's properties) are left out: they are rebuilt from these.
 */
export function exportColumns(view: ModelView): ExportColumns {
  const nodes = new Map<string, ExportColumn[]>();
  for (const label of view.labels) {
    const names: ExportColumn[] = [{ name: S.name, type: "string" }];
    if (view.isEntity(label)) names.push({ name: S.aliases, type: "string[]" });
    nodes.set(label, withoutRepeats([{ name: S.id, type: "string" }, ...names, ...declaredColumns(view.propertiesOf(label))]));
  }
  const relationships = new Map<string, ExportColumn[]>();
  for (const type of view.relationshipTypes) {
    const declared = declaredColumns(view.relationshipPropertiesOf(type));
    relationships.set(type, withoutRepeats([{ name: S.id, type: "string" }, ...declared, ...PROVENANCE_COLUMNS]));
  }
  return { nodes, relationships };
}

/** The names of the columns of each label or type, the shape the export statements take them in. */
export function columnNames(columns: Map<string, ExportColumn[]>): Record<string, string[]> {
  return Object.fromEntries([...columns].map(([owner, list]) => [owner, list.map((column) => column.name)]));
}
