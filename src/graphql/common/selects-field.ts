import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

function selectionHas(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === "Field" && selection.name.value === name) return true;
    if (selection.kind === "InlineFragment" && selectionHas(selection.selectionSet, name, info)) return true;
    if (selection.kind === "FragmentSpread" && selectionHas(info.fragments[selection.name.value]?.selectionSet, name, info)) return true;
  }
  return false;
}

/** True when the current field's selection asks for `name` directly or through fragments, so costly fields are computed only when wanted. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node: FieldNode) => selectionHas(node.selectionSet, name, info));
}
