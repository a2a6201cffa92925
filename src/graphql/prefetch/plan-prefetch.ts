import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import { relatedShape, type PrefetchStep } from "../../repositories/related-shape";
import { filteredQuery } from "../model/create-entity-resolvers";
import { modelTypes, type RelationQuery } from "../model/active-model";

/**
 * The most relationship reads one prefetch query may hold. A selection with more relationship
 * fields than this still resolves correctly: the fields beyond it are read by the DataLoaders.
 */
export const MAX_PREFETCH_STEPS = 32;

interface Walk {
  info: GraphQLResolveInfo;
  stepCount: number;
}

/** The fields a selection set asks of a value of `type`, through fragments, grouped by field name across aliases. */
function collectFields(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined, into = new Map<string, FieldNode[]>()) {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const list = into.get(selection.name.value) ?? [];
      list.push(selection);
      into.set(selection.name.value, list);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.info.fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition?.name.value;
    if (!condition || appliesTo(walk.info.schema, condition, type)) collectFields(walk, type, fragment.selectionSet, into);
  }
  return into;
}

function appliesTo(schema: GraphQLSchema, condition: string, type: GraphQLNamedType): boolean {
  if (condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return isObjectType(type) && isInterfaceType(conditionType) && type.getInterfaces().includes(conditionType);
}

function mergedSelection(nodes: FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []) };
}

function fieldType(type: GraphQLNamedType, fieldName: string): GraphQLNamedType | null {
  if (!isObjectType(type) && !isInterfaceType(type)) return null;
  const field = type.getFields()[fieldName];
  return field ? getNamedType(field.type) : null;
}

/**
 * The read a relation field makes with the arguments of its (first) selection, as its resolver will
 * make it; null when those arguments do not parse, which leaves the field to its resolver and its
 * error.
 */
function fieldQuery(walk: Walk, type: GraphQLNamedType, fieldName: string, node: FieldNode, query: RelationQuery): RelationQuery | null {
  if (!node.arguments?.length) return query;
  const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
  if (!field) return null;
  try {
    return filteredQuery(query, getArgumentValues(field, node, walk.info.variableValues));
  } catch {
    return null;
  }
}

function stepFor(walk: Walk, steps: PrefetchStep[], query: RelationQuery): PrefetchStep | null {
  const { key } = relatedShape(query);
  const existing = steps.find((step) => relatedShape(step.query).key === key);
  if (existing) return existing;
  if (walk.stepCount >= MAX_PREFETCH_STEPS) return null;
  walk.stepCount += 1;
  const step: PrefetchStep = { query, children: [] };
  steps.push(step);
  return step;
}

/**
 * Adds to `steps` (the reads applied to a set of nodes of `type`) every relationship field the
 * selection asks for, and recurses into what those fields return: nodes at the other end, or a
 * wrapper (a position, a party) whose node fields point at either end.
 */
function walkNodes(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined, steps: PrefetchStep[]): void {
  const { relationQueries, wrapperEnds } = modelTypes();
  for (const [fieldName, nodes] of collectFields(walk, type, selectionSet)) {
    const declared = relationQueries[type.name]?.[fieldName] ?? relationQueries.Node[fieldName];
    const returned = fieldType(type, fieldName);
    const query = declared && fieldQuery(walk, type, fieldName, nodes[0], declared);
    if (!query || !returned) continue;
    const step = stepFor(walk, steps, query);
    if (!step) return;
    const selection = mergedSelection(nodes);
    const wrapper = wrapperEnds[returned.name];
    if (!wrapper) {
      walkNodes(walk, returned, selection, step.children);
      continue;
    }
    if (query.direction === "BOTH") continue;
    for (const [wrapperField, wrapperNodes] of collectFields(walk, returned, selection)) {
      const end = wrapper[wrapperField];
      const endType = fieldType(returned, wrapperField);
      if (!end || !endType) continue;
      const isOtherEnd = (end === "target") === (query.direction === "OUTGOING");
      walkNodes(walk, endType, mergedSelection(wrapperNodes), isOtherEnd ? step.children : steps);
    }
  }
}

/**
 * Plans the relationship reads a request's selection will make below the current field, so that
 * the repository can fetch them all in one Cypher query before the field resolvers run. `path`
 * leads from the current field to the nodes (["edges", "node"] for a connection); `typeName` is
 * their object type.
 */
export function planPrefetch(info: GraphQLResolveInfo, typeName: string, path: string[] = []): PrefetchStep[] {
  const type = info.schema.getType(typeName);
  if (!type) return [];
  const walk: Walk = { info, stepCount: 0 };
  let fieldNodes: FieldNode[] = [...info.fieldNodes];
  let parentType: GraphQLNamedType = getNamedType(info.returnType);
  for (const name of path) {
    fieldNodes = collectFields(walk, parentType, mergedSelection(fieldNodes)).get(name) ?? [];
    parentType = fieldType(parentType, name) ?? parentType;
  }
  const steps: PrefetchStep[] = [];
  if (fieldNodes.length) walkNodes(walk, type, mergedSelection(fieldNodes), steps);
  return steps;
}
