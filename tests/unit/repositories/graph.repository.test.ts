import { escapeLucene } from "../../../src/repositories/graph.repository";

describe("escapeLucene", () => {
  it("escapes every query-syntax character so user text is searched literally", () => {
    expect(escapeLucene('a+b -c "d" (e) f:g h* i? j~ k^2 [l] {m} n\\o p/q r&&s t||u!')).toBe(
      'a\\+b \\-c \\"d\\" \\(e\\) f\\:g h\\* i\\? j\\~ k\\^2 \\[l\\] \\{m\\} n\\\\o p\\/q r\\&\\&s t\\|\\|u\\!',
    );
  });
});

describe("escapeLucene with operator words", () => {
  it("lower-cases AND, OR and NOT so they are searched as words", () => {
    expect(escapeLucene("Foton AND CATL OR NOT")).toBe("foton and catl or not");
  });
});
