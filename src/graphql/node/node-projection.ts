import { getNamedType, isCompositeType, isObjectType, type GraphQLResolveInfo } from "graphql";
import { DATE_PARTS, datePartName, STORED_PROPERTIES as S } from "../../model/stored-properties";
import { childFieldNames, selectedFields } from "../common/selects-field";
import { modelTypes } from "../model/active-model";

/** Node fields that read no stored property but the id (which is always read) and the label (which is not a property). */
const ID_ONLY_FIELDS = new Set(["__typename", S.id, S.label]);

/**
 * The stored properties one field of the node types reads, or null when it may read any of them: on
 * every label that has the field, it must be a declared property (read as stored, a date from its
 * flattened parts) or return objects (relations, relationships, mentions), which are resolved from
 * the node's id.
 */
function propertiesOfField(info: GraphQLResolveInfo, field: string): string[] | null {
  if (ID_ONLY_FIELDS.has(field)) return [];
  if (field === S.name || field === S.aliases) return [field];
  const { view } = modelTypes();
  const stored = new Set<string>();
  let found = false;
  for (const label of view.labels) {
    const type = info.schema.getType(label);
    const definition = isObjectType(type) ? type.getFields()[field] : undefined;
    if (!definition) continue;
    found = true;
    const spec = view.propertiesOf(label)[field];
    if (spec) {
      stored.add(field);
      if (spec.type === "Date") for (const part of DATE_PARTS) stored.add(datePartName(field, part));
    } else if (!isCompositeType(getNamedType(definition.type))) {
      return null;
    }
  }
  return found ? [...stored] : null;
}

/**
 * The stored properties that the Node fields selected at `path` read, for a statement that returns
 * only those: ids always, then names, aliases and declared properties (a date with its flattened
 * parts) as selected, through fragments of every label. Null — read every property — when the
 * selection asks for `properties` or for a field this cannot place. A client cache keeps a node
 * under its id and merges what each answer says about it, so a projected node must read the same,
 * field by field, as a whole one: projection is by field, never a fixed subset.
 */
export function selectedNodeProperties(info: GraphQLResolveInfo, ...path: string[]): string[] | null {
  const keys = new Set<string>([S.id]);
  for (const field of childFieldNames(info, selectedFields(info, ...path))) {
    const stored = propertiesOfField(info, field);
    if (stored === null) return null;
    for (const key of stored) keys.add(key);
  }
  return [...keys];
}
