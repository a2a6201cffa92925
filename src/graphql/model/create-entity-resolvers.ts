import { Args, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { FactFilterArgs, factFilterOf } from "../common/fact-filter.args";
import type { ModelView, ResolvedRelationField } from "../../model/model-view";
import { GraphRepository } from "../../repositories/graph.repository";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes, requireNode } from "../entity/related-nodes";
import { Node } from "../node/node.interface";
import type { RelationQuery } from "./active-model";
import { supersededFacts, supersedingFact, type SupersessionRoot } from "../common/supersession";
import { fillEdge, type FactEdge } from "./fact-edge.type";
import { historyFieldName, historyProperties, historyTypeName, statedHistory, valueAsOf } from "../../model/property-history";
import type { HistorySpec } from "../../model/model-spec";
import { PropertyAsOfArgs } from "../common/as-of.args";
import { statedValueType, toStatedValue } from "../common/stated-value.type";
import type { EnumObject } from "./model-enums";
import { graphType, readValue } from "./property-fields";

interface Derived {
  view: ModelView;
  nodeTypes: Map<string, ClassType<Node>>;
  edgeTypes: Map<string, ClassType<FactEdge>>;
  enums: Map<string, EnumObject>;
}

type Method = (this: { repository: GraphRepository }, root: never, args?: never) => Promise<unknown>;

/** How a field resolver is declared: its description, a deprecation reason, its arguments, and whether it may be null. */
interface FieldOptions {
  description: string;
  deprecationReason?: string;
  args?: ClassType;
  nullable?: boolean;
}

/** Declares `method` on a resolver class as the field resolver `name`, returning what `returns` gives; a deprecation reason marks it deprecated. */
function addFieldResolver(
  resolver: ClassType,
  name: string,
  method: Method,
  returns: () => object,
  { description, deprecationReason, args, nullable }: FieldOptions,
): void {
  Object.defineProperty(resolver.prototype, name, { value: method, writable: true, configurable: true });
  Root()(resolver.prototype, name, 0);
  if (args) Args(() => args)(resolver.prototype, name, 1);
  FieldResolver(returns, { description, deprecationReason, nullable })(
    resolver.prototype,
    name,
    Object.getOwnPropertyDescriptor(resolver.prototype, name) as PropertyDescriptor,
  );
}

/** The object type a field returns for these labels: the label's own type, or Node for several. */
function typeFor(derived: Derived, labels: string[]): ClassType<Node> | typeof Node {
  return labels.length === 1 ? (derived.nodeTypes.get(labels[0]) as ClassType<Node>) : Node;
}

/** The relationship read of a relation field, built once: its identity keys the loaders' batches. */
export function relationQuery(field: ResolvedRelationField): RelationQuery {
  const types = field.types as RelationQuery["types"];
  return field.labelFilter
    ? { types, direction: field.direction, labels: field.labelFilter as RelationQuery["labels"] }
    : { types, direction: field.direction };
}

/** The field's read with the fact filters of this call; the field's own query object when none is given, so that loaders and prefetches share it. */
export function filteredQuery(query: RelationQuery, args: Partial<FactFilterArgs> | undefined): RelationQuery {
  const filter = factFilterOf(args);
  return Object.keys(filter).length ? { ...query, ...filter } : query;
}

function relationMethod(query: RelationQuery, edgeType: ClassType<FactEdge> | undefined): Method {
  if (edgeType) {
    return async function (this: { repository: GraphRepository }, root: Node, args?: FactFilterArgs) {
      return (await this.repository.related(root.id, filteredQuery(query, args))).map((record) => fillEdge(new edgeType(), record.relationship));
    };
  }
  return function (this: { repository: GraphRepository }, root: Node, args?: FactFilterArgs) {
    return relatedNodes(this.repository, root.id, filteredQuery(query, args));
  };
}

function labelResolver(derived: Derived, label: string, queries: Record<string, RelationQuery>): ClassType {
  const spec = derived.view.label(label);
  const type = derived.nodeTypes.get(label) as ClassType<Node>;
  const base = createEntityResolver({ label, type, connection: ConnectionType(type, label), one: spec.one, many: spec.many });
  const resolver = { [`${label}Resolver`]: class extends base {} }[`${label}Resolver`];
  for (const field of derived.view.relationFields(label)) {
    const query = relationQuery(field);
    queries[field.name] = query;
    const edgeType = field.edges ? derived.edgeTypes.get(field.types[0]) : undefined;
    const returned = edgeType ?? typeFor(derived, field.targetLabels);
    const filters = field.types.some((type) => type !== derived.view.mentionType) ? FactFilterArgs : undefined;
    addFieldResolver(resolver as ClassType, field.name, relationMethod(query, edgeType), () => [returned], {
      description: field.description,
      deprecationReason: field.deprecated,
      args: filters,
    });
  }
  for (const [name, history] of historyProperties(derived.view.propertiesOf(label))) addHistoryFields(resolver as ClassType, derived, label, name, history);
  Resolver(() => type)(resolver);
  return resolver as ClassType;
}

/**
 * The fields of a property that changes over time (see HistorySpec): the property's own field, which
 * answers as stored without asOf (the latest value, see latestValue) and the value that held then
 * with it, and `<name>History`, every stated value in date order with its quote. Both read the node's
 * statements through the repository's batched loader, so a list of nodes costs one round trip.
 */
function addHistoryFields(resolver: ClassType, derived: Derived, label: string, name: string, history: HistorySpec): void {
  const spec = derived.view.propertiesOf(label)[name];
  const type = statedValueType(historyTypeName(label, name), graphType(spec, derived.enums), `the ${name} of a ${label}`);
  const stated = (value: unknown) => readValue(spec, { [name]: value }, name);
  const read = async (repository: GraphRepository, node: Node) => statedHistory(name, history, await repository.statements(node.id));
  const current = async function (this: { repository: GraphRepository }, node: Node, args?: PropertyAsOfArgs) {
    if (!args?.asOf) return (node as unknown as Record<string, unknown>)[name];
    const held = valueAsOf(await read(this.repository, node), args.asOf.end);
    return held === null ? null : stated(held);
  } as Method;
  const listed = async function (this: { repository: GraphRepository }, node: Node) {
    return (await read(this.repository, node)).map((entry) => toStatedValue(type, stated, entry));
  } as Method;
  addFieldResolver(resolver, name, current, graphType(spec, derived.enums), { description: spec.description, args: PropertyAsOfArgs, nullable: true });
  addFieldResolver(resolver, historyFieldName(name), listed, () => [type], {
    description: `Every value of ${name} the documents state, from the date each says it held (earliest first, undated last), with its quote. A later value supersedes an earlier one for ${name}(asOf:); nothing is dropped. Two documents that state different values from the same day are a Conflict.`,
  });
}

@Resolver()
abstract class EdgeResolverBase {
  constructor(protected readonly repository: GraphRepository) {}
}

function edgeResolver(derived: Derived, relationshipType: string, ends: Record<string, "source" | "target">): ClassType {
  const spec = derived.view.relationship(relationshipType);
  const edge = spec.edge!;
  const type = derived.edgeTypes.get(relationshipType) as ClassType<FactEdge>;
  const resolver = { [`${edge.name}Resolver`]: class extends EdgeResolverBase {} }[`${edge.name}Resolver`];
  const labels = derived.view.ends(relationshipType);
  for (const [end, fieldName, endLabels] of [
    ["source", edge.source, labels.from],
    ["target", edge.target, labels.to],
  ] as const) {
    ends[fieldName] = end;
    const what = endLabels.length === 1 ? endLabels[0] : "Node";
    const method = function (this: { repository: GraphRepository }, root: FactEdge) {
      return requireNode(this.repository, end === "source" ? root.sourceId : root.targetId, what);
    } as Method;
    addFieldResolver(resolver as ClassType, fieldName, method, () => typeFor(derived, endLabels), {
      description: `The ${what === "Node" ? "node" : what.toLowerCase()} at the ${end} end of the ${relationshipType} relationship.`,
    });
  }
  if (derived.view.supersedable(relationshipType)) addSupersessionFields(resolver as ClassType, type, relationshipType, edge.name);
  Resolver(() => type)(resolver);
  return resolver as ClassType;
}

/** supersededBy and supersedes on an edge type whose facts a later one can supersede, each read as the same edge type. */
function addSupersessionFields(resolver: ClassType, type: ClassType<FactEdge>, relationshipType: string, edgeName: string): void {
  const root = ({ sourceId, id, properties, knownAsOf }: FactEdge): SupersessionRoot => ({ sourceId, type: relationshipType, id, properties, knownAsOf });
  const supersededBy = async function (this: { repository: GraphRepository }, edge: FactEdge) {
    const record = await supersedingFact(this.repository, root(edge));
    return record ? fillEdge(new type(), record) : null;
  } as Method;
  const supersedes = async function (this: { repository: GraphRepository }, edge: FactEdge) {
    return (await supersededFacts(this.repository, root(edge))).map((record) => fillEdge(new type(), record));
  } as Method;
  addFieldResolver(resolver, "supersededBy", supersededBy, () => type, {
    description: `The later-valid ${edgeName} that supersedes this one for as-of queries from its validFrom; null when none does. Nothing is deleted. Read with knownAsOf, null when the superseding ${edgeName} was recorded later.`,
    nullable: true,
  });
  addFieldResolver(resolver, "supersedes", supersedes, () => [type], {
    description: `The earlier ${edgeName}s of the same kind that this one supersedes; read with knownAsOf, those the graph knew then.`,
  });
}

/**
 * The resolvers the model implies: for each label, its root queries (one by id or name, and a
 * connection) and a field resolver per relation field; for each edge type, its two end fields.
 * Also returns the relation table the prefetch planner shares with these resolvers.
 */
export function createEntityResolvers(derived: Derived) {
  const resolvers: ClassType[] = [];
  const relationQueries: Record<string, Record<string, RelationQuery>> = {};
  const wrapperEnds: Record<string, Record<string, "source" | "target">> = {};
  for (const label of derived.view.labels) resolvers.push(labelResolver(derived, label, (relationQueries[label] = {})));
  for (const relationshipType of derived.edgeTypes.keys()) {
    const edgeName = derived.view.relationship(relationshipType).edge!.name;
    resolvers.push(edgeResolver(derived, relationshipType, (wrapperEnds[edgeName] = {})));
  }
  return { resolvers, relationQueries, wrapperEnds };
}
