import { cypherStatements } from "../../src/db/cypher-library";
import { NODE_LABELS, RELATIONSHIP_ENDPOINTS } from "../../src/model/graph-model";

describe("cypher/schema.cypher", () => {
  const statements = cypherStatements("schema");

  it("makes id unique for every node label", () => {
    for (const label of [...NODE_LABELS, "Node"]) {
      expect(statements).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`)));
    }
  });

  it("makes id unique for every relationship type", () => {
    for (const type of Object.keys(RELATIONSHIP_ENDPOINTS)) {
      expect(statements).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.id IS UNIQUE`)));
    }
  });

  it("only creates things if they do not exist, so applying it again is harmless", () => {
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });
});
