import {
  Kind,
  BREAK,
  getNamedType,
  visit,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { ModelView, PropertyMap } from "../../model/model-view";
import { CLAIM_DOCUMENT_PROPERTY_NAMES, DATE_PARTS, datePartName, PROVENANCE_PROPERTY_NAMES, STORED_PROPERTIES as S } from "../../model/stored-properties";
import { historyFieldName, historyProperties } from "../../model/property-history";
import { CONFIDENCE, FACT_PROPERTY as F, ORIGIN } from "../../ingest/fact-origin";
import { KNOWN_AS_OF_ARGUMENT } from "../common/fact-filter.args";
import type { Projection } from "../../repositories/projection";
import { Node } from "../node/node.interface";
import { SearchHit } from "../search/search-hit.type";
import { CommonConnection } from "../traversal/common-connection.type";
import { Path } from "../traversal/path.type";
import { Subgraph } from "../traversal/subgraph.type";
import { TimelineEntry } from "../traversal/timeline-entry.type";

/** Properties every node read keeps: its id, and its name, which hydrating a node reads (falling back to the id), whatever is selected. */
const NODE_BASE = [S.id, S.name];
/** Properties every relationship read keeps: its id. A mention also keeps its provenance and names, which its resolver reads to build it. */
const RELATIONSHIP_BASE = [S.id];
/** Fields that read no stored property of the object they are on (ids, ends and nested reads aside). */
const NO_PROPERTY = new Set(["__typename", "id", "label", "name", "type", "sourceId", "targetId", "source", "target", "relationships", "mentions"]);

/** The stored properties a declared property's field reads: a date is kept flattened in several. */
function storedKeys(properties: PropertyMap, field: string): string[] | null {
  const spec = properties[field];
  if (!spec) return null;
  return spec.type === "Date" ? [field, ...DATE_PARTS.map((part) => datePartName(field, part))] : [field];
}

/** The fields of a fact that a read as of an earlier time works out again from its claims (see factAsKnownAt). */
const COUNTED_FIELDS: ReadonlySet<string> = new Set([F.sourceCount, F.independentSourceCount, F.reliability]);
/** What working them out reads: each claim's document id, recording time, publisher and grade. */
const CLAIM_KEYS = [S.documentIds, ...CLAIM_DOCUMENT_PROPERTY_NAMES];
/** The fields of a fact that a read as of an earlier time merges again from the claims known then (see mergeClaimValues). */
const MERGED_FIELDS: ReadonlySet<string> = new Set([F.validFrom, F.validTo, ORIGIN, CONFIDENCE, F.extractorVersion]);
/** What merging them again reads: the claims, and when each claim's document was recorded. */
const MERGE_KEYS = [S.evidence, S.evidenceRecordedAt];

interface Plan {
  view: ModelView;
  /** Whether the operation passes knownAsOf anywhere: then counts, evidence, merged fields and supersession also read what working them out again needs. */
  knownAsOf: boolean;
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Keys per label and per relationship type; null once something needs them whole. */
  nodes: Map<string, Set<string> | null>;
  relationships: Map<string, Set<string> | null>;
  visited: Set<string>;
  /** GraphQL object types that show one relationship: the relationship types each stands for. */
  relationshipTypesOf: Map<string, string[]>;
}

function add(target: Map<string, Set<string> | null>, key: string, keys: string[] | null): void {
  const current = target.get(key);
  if (current === null) return;
  if (keys === null) target.set(key, null);
  else if (current === undefined) target.set(key, new Set(keys));
  else for (const name of keys) current.add(name);
}

/**
 * What reading `field` of a relationship of `type` needs: nothing for its ids and ends, its
 * provenance, a declared property, or (null) all of it. Under knownAsOf, its counts and evidence
 * also need their claims' documents, its origin, confidence, extractor version and validity the
 * claims themselves, and its supersession when the superseding fact was recorded.
 */
function relationshipKeys(view: ModelView, type: string, field: string, knownAsOf: boolean): string[] | null {
  const edge = view.relationship(type).edge;
  if (NO_PROPERTY.has(field) || field === edge?.source || field === edge?.target) return [];
  if (field === "provenance") return [...PROVENANCE_PROPERTY_NAMES];
  if (field === "evidence") return [S.evidence, ...PROVENANCE_PROPERTY_NAMES, ...(knownAsOf ? CLAIM_KEYS : [])];
  if (knownAsOf && COUNTED_FIELDS.has(field)) return [field, ...CLAIM_KEYS];
  if (knownAsOf && MERGED_FIELDS.has(field)) return [...(storedKeys(view.relationshipPropertiesOf(type), field) ?? [field]), ...MERGE_KEYS];
  if (field === "supersededBy" || field === "supersedes")
    return knownAsOf ? [S.supersededBy, S.supersededRecordedAt, S.supersedingIds, S.supersedingRecordedAt] : [S.supersededBy];
  if (field === "names") return [S.aliases];
  return field === "properties" ? null : storedKeys(view.relationshipPropertiesOf(type), field);
}

/** What reading `field` of a node of `label` needs: its aliases, a declared property, nothing for a history (read apart), or (null) all of it. */
function nodeKeys(view: ModelView, label: string, field: string): string[] | null {
  if (field === S.aliases) return [S.aliases];
  if (historyProperties(view.propertiesOf(label)).some(([name]) => historyFieldName(name) === field)) return [];
  return field === "properties" ? null : storedKeys(view.propertiesOf(label), field);
}

/** Records what reading `field` of a value of `type` needs from the nodes or relationships it stands for. */
function note(plan: Plan, type: GraphQLNamedType, field: string): void {
  const { view } = plan;
  const labels = view.labels.includes(type.name) ? [type.name] : isInterfaceType(type) && type.name === Node.name ? view.labels : [];
  for (const label of labels) {
    const relation = view.relationFields(label).find((candidate) => candidate.name === field);
    // A relation field reads its relationships too; what it shows of them is noted where it is selected.
    for (const relationshipType of relation?.types ?? []) add(plan.relationships, relationshipType, []);
    add(plan.nodes, label, NO_PROPERTY.has(field) || relation ? [] : nodeKeys(view, label, field));
  }
  for (const relationshipType of plan.relationshipTypesOf.get(type.name) ?? [])
    add(plan.relationships, relationshipType, relationshipKeys(view, relationshipType, field, plan.knownAsOf));
}

/**
 * The types whose statement returns nodes and relationships of any label and type, whatever of them
 * is selected: a neighborhood (its edges are the ones between the nodes it reached), a path, a common
 * connection, a search hit and a timeline entry.
 */
const READS_ANY_LABEL = new Set([Subgraph.name, Path.name, CommonConnection.name, SearchHit.name, TimelineEntry.name]);

/**
 * Under a type of READS_ANY_LABEL every label and fact type is reached, with its base keys only
 * unless the selection adds more, so that an unselected part is not read whole.
 */
function reachEverything(plan: Plan): void {
  for (const label of plan.view.labels) add(plan.nodes, label, []);
  for (const type of plan.view.factTypes) add(plan.relationships, type, []);
}

function walk(plan: Plan, type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      note(plan, type, selection.name.value);
      const named = getNamedType(field.type);
      if (READS_ANY_LABEL.has(named.name)) reachEverything(plan);
      if (selection.selectionSet) walk(plan, named, selection.selectionSet);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : plan.fragments.get(selection.name.value);
    if (!fragment) continue;
    const condition = fragment.typeCondition ? (plan.schema.getType(fragment.typeCondition.name.value) ?? type) : type;
    // A fragment adds the same keys wherever it is spread: walk it once per type it is read as.
    const key = selection.kind === Kind.FRAGMENT_SPREAD ? `${selection.name.value}@${condition.name}` : null;
    if (key && plan.visited.has(key)) continue;
    if (key) plan.visited.add(key);
    walk(plan, condition, fragment.selectionSet);
  }
}

/** Whether any field of the operation or its fragments passes knownAsOf (a literal or a variable). */
function passesKnownAsOf(operation: OperationDefinitionNode, fragments: readonly FragmentDefinitionNode[]): boolean {
  let found = false;
  const look = {
    Argument(node: { name: { value: string } }) {
      if (node.name.value !== KNOWN_AS_OF_ARGUMENT) return undefined;
      found = true;
      return BREAK;
    },
  };
  for (const node of [operation, ...fragments]) if (!found) visit(node, look);
  return found;
}

function finish(found: Map<string, Set<string> | null>, base: string[]): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const [name, set] of found) if (set !== null) keys[name] = [...new Set([...base, ...set])].sort();
  return keys;
}

/**
 * The stored properties an operation reads, per label and per relationship type, planned from its
 * selection (through fragments, inline fragments and aliases) and the declared model: a field of a
 * declared property reads that property (a date, its flattened parts), `properties` and anything the
 * model does not declare read the whole node or relationship, and provenance is read only where it
 * is selected. Labels and types the operation never reaches are left out (read whole if reached
 * another way). `relationshipTypesOf` maps each GraphQL type that shows one relationship (the generic
 * Relationship, an edge type, a mention) to the relationship types it can stand for.
 */
export function planProjection(
  view: ModelView,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  relationshipTypesOf: Map<string, string[]>,
): Projection {
  const root = schema.getRootType(operation.operation);
  const plan: Plan = {
    view,
    knownAsOf: passesKnownAsOf(operation, fragments),
    schema,
    fragments: new Map(fragments.map((fragment) => [fragment.name.value, fragment])),
    nodes: new Map(),
    relationships: new Map(),
    visited: new Set(),
    relationshipTypesOf,
  };
  if (root) walk(plan, root, operation.selectionSet);
  const mention = view.mentionType;
  if (plan.relationships.has(mention)) add(plan.relationships, mention, [...PROVENANCE_PROPERTY_NAMES, S.aliases]);
  return { nodeKeys: finish(plan.nodes, NODE_BASE), relationshipKeys: finish(plan.relationships, RELATIONSHIP_BASE) };
}
