import { buildSchema, getIntrospectionQuery, parse, validate, type ValidationRule } from "graphql";
import {
  aliasLimitRule,
  depthLimitRule,
  directiveLimitRule,
  STANDARD_INTROSPECTION_OPTIONS,
  standardIntrospectionDepth,
} from "../../../src/server/shape-limits.rule";

const schema = buildSchema(`
  type Query { item: Item items: [Item!]! }
  type Item { name: String parent: Item }
`);

/** The errors `rule` alone reports for `query`, as message and extensions. */
const refusals = (rule: ValidationRule, query: string) =>
  validate(schema, parse(query), [rule]).map((error) => ({ message: error.message, extensions: error.extensions }));

/** `item { parent { parent { ... name } } }`: the name field sits at depth `levels + 2`. */
const parents = (levels: number) => `item { ${"parent { ".repeat(levels)}name${" }".repeat(levels)} }`;

describe("depthLimitRule", () => {
  it("counts a root field as depth 1 and refuses one level over the limit, saying the depth found", () => {
    expect(refusals(depthLimitRule(4, 20), `{ ${parents(2)} }`)).toEqual([]);
    expect(refusals(depthLimitRule(4, 20), `{ ${parents(3)} }`)).toEqual([
      {
        message: "query depth 5 exceeds the limit of 4: select fewer nested levels, or start another query from a deeper node",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "depth", max: 4, found: 5 },
      },
    ]);
  });

  it("follows fragments and inline fragments wherever they are spread, whatever their name", () => {
    const query = `{ item { ...__schema } } fragment __schema on Item { ... on Item { parent { ...deeper } } } fragment deeper on Item { parent { name } }`;
    expect(refusals(depthLimitRule(3, 20), query)).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ limit: "depth", found: 4 }) })]);
  });

  it("gives an operation named __schema or IntrospectionQuery no exemption", () => {
    for (const name of ["__schema", "IntrospectionQuery"]) {
      expect(refusals(depthLimitRule(3, 20), `query ${name} { ${parents(5)} }`)).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ limit: "depth", found: 7 }) }),
      ]);
    }
  });

  it("counts introspection from its __schema or __type field, against its own limit", () => {
    const ofTypes = (levels: number) => `__type(name: "Item") { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} }`;
    expect(refusals(depthLimitRule(2, 6), `{ ${ofTypes(4)} }`)).toEqual([]);
    expect(refusals(depthLimitRule(2, 6), `{ ${ofTypes(5)} }`)).toEqual([
      {
        message:
          "introspection depth 7 exceeds the limit of 6: nest introspection no deeper than the standard introspection query (graphql's getIntrospectionQuery) does",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "introspectionDepth", max: 6, found: 7 },
      },
    ]);
  });

  it("still holds ordinary fields next to introspection to the ordinary limit", () => {
    expect(refusals(depthLimitRule(3, 20), `{ __schema { types { name } } ${parents(3)} }`)).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ limit: "depth", found: 5 }) }),
    ]);
  });

  it("follows fragments spread inside introspection", () => {
    const query = `{ __schema { types { ...Deep } } } fragment Deep on __Type { ofType { ofType { ofType { name } } } }`;
    expect(refusals(depthLimitRule(10, 5), query)).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ limit: "introspectionDepth", found: 6 }) }),
    ]);
  });
});

describe("standardIntrospectionDepth", () => {
  it("lets graphql's standard introspection query through, with every option GraphiQL may send, and refuses one level more", () => {
    const limit = standardIntrospectionDepth();
    const rule = depthLimitRule(10, limit);
    expect(refusals(rule, getIntrospectionQuery(STANDARD_INTROSPECTION_OPTIONS))).toEqual([]);
    expect(refusals(rule, getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }))).toEqual([]);
    const oneMore = getIntrospectionQuery(STANDARD_INTROSPECTION_OPTIONS).replace(/ofType \{\s*name\s*kind\s*\}/, "ofType { name kind ofType { name } }");
    expect(refusals(rule, oneMore)).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ limit: "introspectionDepth", found: limit + 1 }) }),
    ]);
  });
});

describe("aliasLimitRule", () => {
  it("counts aliased __typename like any other alias", () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(" ");
    expect(refusals(aliasLimitRule(3), `{ ${aliases(3)} }`)).toEqual([]);
    expect(refusals(aliasLimitRule(3), `{ ${aliases(300)} }`)).toEqual([
      {
        message: "300 aliases exceed the limit of 3: ask for fewer aliased fields, or split the query",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "aliases", max: 3, found: 300 },
      },
    ]);
  });

  it("counts a fragment's aliases each time it is spread, and says 1 alias in the singular", () => {
    const query = `{ item { ...F } items { ...F } } fragment F on Item { a: name b: name }`;
    expect(refusals(aliasLimitRule(3), query)).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ found: 4 }) })]);
    expect(refusals(aliasLimitRule(0), `{ a: item { name } }`)[0].message).toMatch(/^1 alias exceeds the limit of 0:/);
  });

  it("counts forty levels of double spreads (2^40 paths) without walking them", () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i + 1 < levels ? `fragment F${i} on Item { parent { ...F${i + 1} } other: parent { ...F${i + 1} } }` : `fragment F${i} on Item { n: name }`,
    ).join("\n");
    const started = Date.now();
    const [refusal] = refusals(aliasLimitRule(15), `{ item { ...F0 } } ${fragments}`);
    expect(refusal.extensions).toMatchObject({ limit: "aliases", max: 15 });
    expect(refusal.extensions.found as number).toBeGreaterThan(2 ** 39);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("directiveLimitRule", () => {
  it("counts directives on fields, fragments and spreads, through fragments", () => {
    const query = `{ item @skip(if: false) { ...F @include(if: true) } } fragment F on Item { name @include(if: true) }`;
    expect(refusals(directiveLimitRule(3), query)).toEqual([]);
    expect(refusals(directiveLimitRule(2), query)).toEqual([
      {
        message: "3 directives exceed the limit of 2: use fewer directives, or split the query",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "directives", max: 2, found: 3 },
      },
    ]);
  });
});
