import {
  getIntrospectionQuery,
  Kind,
  parse,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type IntrospectionOptions,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import { QueryLimitError } from "../errors";

/**
 * The options GraphiQL 5 and other IDEs ask the standard introspection query with; the deepest
 * variant of the query, so whatever subset a client sends is no deeper.
 */
export const STANDARD_INTROSPECTION_OPTIONS: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

/** The fields that start introspection; everything under them counts against the introspection depth. */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/** How deep an operation goes: in ordinary fields, and in introspection counted from its `__schema` or `__type` field. */
interface Depth {
  fields: number;
  introspection: number;
}

type FragmentValue<T> = (name: string) => T;

/**
 * A fragment's value, computed once however often it is spread (so a fragment spread twice per level
 * for forty levels costs forty computations, not 2^40). A fragment met again while its value is being
 * computed is a cycle, which graphql's own rules refuse; it, and an unknown fragment, give `none`.
 */
function perFragment<T>(lookup: (name: string) => FragmentDefinitionNode | null | undefined, none: T, compute: (fragment: FragmentDefinitionNode) => T) {
  const done = new Map<string, T>();
  const open = new Set<string>();
  return (name: string): T => {
    const known = done.get(name);
    if (known !== undefined) return known;
    const fragment = lookup(name);
    if (!fragment || open.has(name)) return none;
    open.add(name);
    const value = compute(fragment);
    open.delete(name);
    done.set(name, value);
    return value;
  };
}

const NO_DEPTH: Depth = { fields: 0, introspection: 0 };

function depthOf(selectionSet: SelectionSetNode | undefined, fragmentDepth: FragmentValue<Depth>): Depth {
  let fields = 0;
  let introspection = 0;
  for (const selection of selectionSet?.selections ?? []) {
    let inner: Depth;
    if (selection.kind === Kind.FIELD) {
      const below = depthOf(selection.selectionSet, fragmentDepth);
      inner = INTROSPECTION_ROOTS.has(selection.name.value)
        ? { fields: 1, introspection: 1 + Math.max(below.fields, below.introspection) }
        : { fields: 1 + below.fields, introspection: below.introspection };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = depthOf(selection.selectionSet, fragmentDepth);
    } else {
      inner = fragmentDepth(selection.name.value);
    }
    fields = Math.max(fields, inner.fields);
    introspection = Math.max(introspection, inner.introspection);
  }
  return { fields, introspection };
}

/**
 * The depth of an operation: a root field is at depth 1, fragments add nothing of their own and are
 * followed wherever they are spread. Fields under `__schema` or `__type` are counted apart, from the
 * introspection field, so that introspection can have its own limit; no name (of a fragment or of the
 * operation) exempts anything.
 */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): Depth {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [])),
  );
  const fragmentDepth: FragmentValue<Depth> = perFragment(
    (name) => fragments.get(name),
    NO_DEPTH,
    (fragment) => depthOf(fragment.selectionSet, fragmentDepth),
  );
  return depthOf(operation.selectionSet, fragmentDepth);
}

/**
 * The introspection depth of graphql's standard introspection query (the one GraphiQL sends), worked
 * out from graphql's own text of it, so that a new graphql version with a deeper query still passes.
 */
export function standardIntrospectionDepth(): number {
  const document = parse(getIntrospectionQuery(STANDARD_INTROSPECTION_OPTIONS));
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation ? operationDepth(operation, document).introspection : 0;
}

/**
 * Refuses an operation deeper than `maxDepth` in its ordinary fields, or deeper than
 * `maxIntrospectionDepth` under `__schema`/`__type`. Introspection gets its own, fixed limit (by
 * default the depth of the standard introspection query) so that IDEs work whatever `maxDepth` is,
 * while a hand-written introspection that nests deeper than the standard one is refused.
 */
export function depthLimitRule(maxDepth: number, maxIntrospectionDepth = standardIntrospectionDepth()) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentDepth: FragmentValue<Depth> = perFragment(
      (name) => context.getFragment(name),
      NO_DEPTH,
      (fragment) => depthOf(fragment.selectionSet, fragmentDepth),
    );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragmentDepth);
        if (depth.fields > maxDepth) context.reportError(new QueryLimitError("depth", depth.fields, maxDepth, { nodes: operation }));
        if (depth.introspection > maxIntrospectionDepth) {
          context.reportError(new QueryLimitError("introspectionDepth", depth.introspection, maxIntrospectionDepth, { nodes: operation }));
        }
      },
    };
  };
}

type Counted = OperationDefinitionNode | FragmentDefinitionNode | FieldNode | InlineFragmentNode | FragmentSpreadNode;

function totalOf(node: Counted, own: (node: Counted) => number, fragmentTotal: FragmentValue<number>): number {
  let total = own(node);
  if (node.kind === Kind.FRAGMENT_SPREAD) return total + fragmentTotal(node.name.value);
  for (const child of node.selectionSet?.selections ?? []) total += totalOf(child, own, fragmentTotal);
  return total;
}

/** A rule that adds up `own` over every node of an operation, fragments counted each time they are spread. */
function countingRule(limit: "aliases" | "directives", max: number, own: (node: Counted) => number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentTotal: FragmentValue<number> = perFragment(
      (name) => context.getFragment(name),
      0,
      (fragment) => totalOf(fragment, own, fragmentTotal),
    );
    return {
      OperationDefinition(operation) {
        const total = totalOf(operation, own, fragmentTotal);
        if (total > max) context.reportError(new QueryLimitError(limit, total, max, { nodes: operation }));
      },
    };
  };
}

/**
 * Refuses an operation with more than `max` aliased fields, counted through fragments. Every alias
 * counts, `__typename` included: an alias is what lets one query ask for the same thing many times.
 */
export function aliasLimitRule(max: number) {
  return countingRule("aliases", max, (node) => (node.kind === Kind.FIELD && node.alias ? 1 : 0));
}

/** Refuses an operation with more than `max` directives, counted through fragments (each spread counts its fragment's). */
export function directiveLimitRule(max: number) {
  return countingRule("directives", max, (node) => node.directives?.length ?? 0);
}
