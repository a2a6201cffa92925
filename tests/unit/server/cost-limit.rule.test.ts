import { buildSchema, parse, validate } from "graphql";
import { costLimitRule } from "../../../src/server/cost-limit.rule";

const schema = buildSchema(`
  type Query { items(first: Int): [Item!]! item: Item }
  type Item { name: String children(limit: Int): [Item!]! tags: [String!]! }
`);

const costOf = (query: string, max = 1_000_000) => {
  const errors = validate(schema, parse(query), [costLimitRule(max, 100)]);
  return errors.length === 0 ? "ok" : errors[0].message;
};

describe("costLimitRule", () => {
  it("multiplies what a field selects by its first or limit", () => {
    // items: 1 + 10 × (name 1 + children (1 + 5 × name 1)) = 1 + 10 × 7 = 71
    expect(costOf(`{ items(first: 10) { name children(limit: 5) { name } } }`, 71)).toBe("ok");
    expect(costOf(`{ items(first: 10) { name children(limit: 5) { name } } }`, 70)).toBe(
      "query cost 71 exceeds the limit of 70: ask for smaller pages (first/limit) or fewer nested lists",
    );
  });

  it("prices a page size given as a variable at the page maximum", () => {
    expect(costOf(`query($n: Int) { items(first: $n) { name } }`, 100)).toMatch(/^query cost 101 exceeds/);
  });

  it("prices fragments where they are spread, whatever they are called", () => {
    const query = `query IntrospectionQuery { items(first: 50) { ...__schema } } fragment __schema on Item { children(limit: 50) { name } }`;
    expect(costOf(query, 2550)).toMatch(/^query cost 2551 exceeds the limit of 2550/);
  });

  it("does not loop on fragments that spread each other", () => {
    const query = `{ item { ...A } } fragment A on Item { children { ...B } } fragment B on Item { children { ...A } }`;
    expect(() => validate(schema, parse(query), [costLimitRule(10, 100)])).not.toThrow();
  });
});

describe("costLimitRule on fragments spread many times", () => {
  it("prices each fragment once, so forty levels of double spreads (2^40 paths) are refused at once", () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i + 1 < levels ? `fragment F${i} on Item { children { ...F${i + 1} ... on Item { ...F${i + 1} } } }` : `fragment F${i} on Item { name }`,
    ).join("\n");
    const errors = validate(schema, parse(`{ item { ...F0 } } ${fragments}`), [costLimitRule(5000, 100)]);
    expect(errors[0].message).toMatch(/^query cost at least \d+ exceeds the limit of 5000/);
    expect(errors[0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "cost", max: 5000 });
  });
});
