import type { ClassType } from "type-graphql";
import type { GraphModelSpec } from "../../model/model-spec";
import type { ModelView } from "../../model/model-view";
import type { RelatedQuery } from "../../repositories/related-shape";
import type { Node } from "../node/node.interface";
import type { EnumObject } from "./model-enums";

/** A relationship read by a relation field: which types, which way, and which labels at the other end. */
export type RelationQuery = Required<Pick<RelatedQuery, "types" | "direction">> & Pick<RelatedQuery, "labels">;

/** Everything the GraphQL layer derives from a model: enums, object types, resolvers and the relation table. */
export interface ModelTypes {
  view: ModelView;
  enums: Map<string, EnumObject>;
  /** The object type of each label. */
  nodeTypes: Map<string, ClassType<Node>>;
  /** Resolver classes: each label's root queries and relation fields, and each edge type's end fields. */
  resolvers: ClassType[];
  /**
   * Every field that reads a node's relationships, by object type and field name ("Node" holds the
   * fields every node has). Resolvers read their query here and the prefetch planner reads the same
   * entries, so the two cannot disagree. The query objects are constants: their identity keys caches.
   */
  relationQueries: Record<string, Record<string, RelationQuery>>;
  /** Object types that wrap one relationship (a Position): for each node field, which end it resolves to. */
  wrapperEnds: Record<string, Record<string, "source" | "target">>;
}

/**
 * Kept on globalThis beside type-graphql's own metadata store, which it must agree with: a fresh copy
 * of this module (jest.isolateModules, say) still finds the types already registered.
 */
const ACTIVE = Symbol.for("knowledge-graph.model-types");
type Holder = { [ACTIVE]?: ModelTypes };

/**
 * Makes the types `create` derives the model types of this process. type-graphql keeps its metadata
 * in one global store, so a process serves one model: building a second, different one is a
 * programming error.
 */
export function activateModelTypes(model: GraphModelSpec, create: () => ModelTypes): ModelTypes {
  const holder = globalThis as Holder;
  const active = holder[ACTIVE];
  if (active && active.view.model !== model)
    throw new Error("This process already built the GraphQL types of another graph model; a process serves one model.");
  return active ?? (holder[ACTIVE] = create());
}

/** The model types of this process; they exist once buildGraphSchema has run. */
export function modelTypes(): ModelTypes {
  const active = (globalThis as Holder)[ACTIVE];
  if (!active) throw new Error("The GraphQL model types are not built yet: call buildGraphSchema(model) first.");
  return active;
}

/** A model enum by GraphQL name, for the type thunks of hand-written fields and arguments (evaluated when the schema is built). */
export function graphEnum(name: string): EnumObject {
  const value = modelTypes().enums.get(name);
  if (!value) throw new Error(`The model declares no enum ${name}`);
  return value;
}

/** The object type of the model's document label, for fields that return a Document. */
export function documentType(): ClassType<Node> {
  const { nodeTypes, view } = modelTypes();
  return nodeTypes.get(view.model.documentLabel) as ClassType<Node>;
}
