import { nameKeyPrefixQuery } from "../../../src/repositories/graph.repository";

describe("nameKeyPrefixQuery", () => {
  it("keeps a key of several words one prefix term by escaping its spaces", () => {
    expect(nameKeyPrefixQuery("iveco gr")).toBe("iveco\\ gr*");
  });

  it("escapes query syntax, so no key can widen the query", () => {
    expect(nameKeyPrefixQuery('a*b "c" d:e')).toBe('a\\*b\\ \\"c\\"\\ d\\:e*');
  });
});
