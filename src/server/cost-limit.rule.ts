import {
  OperationTypeNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from "graphql";
import { QueryLimitError } from "../errors";

const PAGE_ARGUMENTS = new Set(["first", "last", "limit"]);

/** The page size a field asks for: a literal first/last/limit, the page maximum for a variable (its value is not known yet), or 1. */
function multiplier(value: ValueNode | undefined, maxPageSize: number): number {
  if (!value) return 1;
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  return maxPageSize;
}

/**
 * A validation rule that prices an operation before it runs: each field costs 1 plus what it
 * selects, and a field taking `first`, `last` or `limit` multiplies what it selects by that number (by the
 * page maximum when it comes from a variable). Fragments are priced where they are spread, so no
 * name, not even `__schema`, makes a selection free. Above `maxCost` the request is refused with
 * QUERY_LIMIT_EXCEEDED before anything touches the database.
 */
export function costLimitRule(maxCost: number, maxPageSize: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

    // A fragment costs the same wherever it is spread, so each is priced once: spreading one fragment
    // twice per level must not make pricing take exponential time.
    const fragmentPrices = new Map<string, number>();
    const pricing = new Set<string>();
    const priceFragment = (fragment: FragmentDefinitionNode): number => {
      const name = fragment.name.value;
      const known = fragmentPrices.get(name);
      if (known !== undefined) return known;
      if (pricing.has(name)) return 0; // a cycle; graphql's own rules refuse it
      pricing.add(name);
      const cost = price(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
      pricing.delete(name);
      fragmentPrices.set(name, cost);
      return cost;
    };

    const price = (selectionSet: SelectionSetNode | undefined, type: GraphQLNamedType | undefined): number => {
      let total = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
          const page = selection.arguments?.find((argument) => PAGE_ARGUMENTS.has(argument.name.value));
          total += 1 + multiplier(page?.value, maxPageSize) * price(selection.selectionSet, field ? getNamedType(field.type) : undefined);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          total += price(selection.selectionSet, condition ?? type);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment) total += priceFragment(fragment);
        }
        if (total > maxCost * 1000) return total;
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === OperationTypeNode.MUTATION
            ? schema.getMutationType()
            : operation.operation === OperationTypeNode.SUBSCRIPTION
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        const cost = price(operation.selectionSet, root ?? undefined);
        if (cost > maxCost) {
          context.reportError(new QueryLimitError("cost", cost, maxCost, { nodes: operation, atLeast: cost > maxCost * 1000 }));
        }
      },
    };
  };
}
