import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

function selected(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) found.push(selection);
    if (selection.kind === Kind.INLINE_FRAGMENT) found.push(...selected(selection.selectionSet, name, info));
    if (selection.kind === Kind.FRAGMENT_SPREAD) found.push(...selected(info.fragments[selection.name.value]?.selectionSet, name, info));
  }
  return found;
}

/**
 * Every occurrence of the field at `path` below the current field (one name for a direct child,
 * more for a nested one), through fragments and aliases; empty when it is not selected.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): readonly FieldNode[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) => selected(node.selectionSet, name, info));
    if (nodes.length === 0) break;
  }
  return nodes;
}

/**
 * True when the current field's selection asks for the field at `path` (one name for a direct
 * child, more for a nested one), directly or through fragments, so costly values are computed only
 * when wanted.
 */
export function selectsField(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return selectedFields(info, ...path).length > 0;
}
