import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode, type GraphQLSchema } from "graphql";
import { buildGraphSchema } from "../../../../src/graphql/build-schema";
import { MAX_PREFETCH_STEPS, planPrefetch } from "../../../../src/graphql/prefetch/plan-prefetch";
import type { PrefetchStep } from "../../../../src/repositories/related-shape";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema();
});

/** The resolve info a root field of `query` would get. */
function infoFor(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const returnType = schema.getQueryType()!.getFields()[field.name.value].type;
  return { schema, fieldNodes: [field], fragments, returnType } as unknown as GraphQLResolveInfo;
}

/** A plan as readable text: "HOLDS_POSITION<" for an incoming read, nested reads in brackets. */
function outline(steps: PrefetchStep[]): string[] {
  return steps.map((step) => {
    const arrow = step.query.direction === "INCOMING" ? "<" : step.query.direction === "OUTGOING" ? ">" : "-";
    const children = outline(step.children);
    return `${step.query.types!.join("|")}${arrow}${children.length ? `[${children.join(",")}]` : ""}`;
  });
}

describe("planPrefetch", () => {
  it("follows relationship fields through wrappers to the node at the other end", () => {
    const info = infoFor(`{ company(id: "x") { executives { title person { name positions { company { name } } } } } }`);
    expect(outline(planPrefetch(info, "Company"))).toEqual(["HOLDS_POSITION<[HOLDS_POSITION>]"]);
  });

  it("attaches a wrapper field that points back at the parent to the parent's reads", () => {
    const info = infoFor(`{ company(id: "x") { executives { company { agreements { name } } } } }`);
    expect(outline(planPrefetch(info, "Company"))).toEqual(["HOLDS_POSITION<", "PARTY_TO>"]);
  });

  it("reads fields asked through fragments, aliases and a connection's edges once", () => {
    const info = infoFor(`
      fragment M on Agreement { targetMarkets { name } }
      { agreements(first: 5) { edges { node { ...M a: parties { company { name } } b: parties { role } ... on Node { mentions { names } } } } } }`);
    expect(outline(planPrefetch(info, "Agreement", ["edges", "node"])).sort()).toEqual(["MENTIONED_IN>", "PARTY_TO<", "TARGETS_MARKET>"]);
  });

  it("plans nothing for a selection without relationship fields", () => {
    expect(planPrefetch(infoFor(`{ company(id: "x") { name aliases } }`), "Company")).toEqual([]);
  });

  it("stops adding reads at the cap, leaving the rest to the DataLoaders", () => {
    const nested = Array.from({ length: MAX_PREFETCH_STEPS + 5 }).reduce<string>((inner) => `parents { name ${inner} }`, "name");
    const steps = planPrefetch(infoFor(`{ company(id: "x") { ${nested} } }`), "Company");
    let depth = 0;
    for (let level = steps; level.length; level = level[0].children) depth += 1;
    expect(depth).toBe(MAX_PREFETCH_STEPS);
  });
});
