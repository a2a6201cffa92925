import { escapeLucene } from "../../../src/repositories/graph.repository";

describe("escapeLucene", () => {
  it("escapes every query-syntax character so user text is searched literally", () => {
    expect(escapeLucene('a+b -c "d" (e) f:g h* i? j~ k^2 [l] {m} n\\o p/q r&&s t||u!')).toBe(
      'a\\+b \\-c \\"d\\" \\(e\\) f\\:g h\\* i\\? j\\~ k\\^2 \\[l\\] \\{m\\} n\\\\o p\\/q r\\&\\&s t\\|\\|u\\!',
    );
  });
});
