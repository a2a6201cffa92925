import type { Neo4jGateway } from "../../../src/db/neo4j-gateway";
import { NodeLabel, RelationshipType } from "../../../src/model/graph-model";
import { escapeLucene, GraphRepository } from "../../../src/repositories/graph.repository";

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

describe("GraphRepository.list with nested reads", () => {
  it("renders the page statement once per label and steps' shape, and sends each request's values as parameters", async () => {
    const sent: { statement: unknown; params: Record<string, unknown> }[] = [];
    const gateway = { read: (statement: unknown, params: Record<string, unknown>) => (sent.push({ statement, params }), Promise.resolve([])) };
    const list = (limit: number) =>
      new GraphRepository(gateway as unknown as Neo4jGateway).list(
        { label: NodeLabel.Company, byDate: false, descending: false, filter: {} },
        { after: null, before: null, backward: false, limit: 10 },
        [{ query: { types: [RelationshipType.HOLDS_POSITION], direction: "INCOMING", limit }, children: [] }],
      );
    await list(3);
    await list(4);
    expect(sent[1].statement).toBe(sent[0].statement);
    expect([sent[0].params.limit1, sent[1].params.limit1]).toEqual([3, 4]);
  });
});
