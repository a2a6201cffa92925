import neo4j from "neo4j-driver";
import { toPlain } from "../../../src/db/to-plain";

describe("toPlain", () => {
  it("passes strings, numbers and booleans through, and turns a missing value into null", () => {
    expect(["text", 3.5, 0, true, false].map(toPlain)).toEqual(["text", 3.5, 0, true, false]);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
  });

  it("turns the driver's integers, temporal values, nodes and relationships into plain values, however deep", () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ["Company"],
      { id: "company:foton", founded: new neo4j.types.Date(1996, 8, 28), employees: neo4j.int(40000) },
      "e1",
    );
    const relationship = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), "PARTY_TO", { confidence: 0.9 }, "e2", "e1", "e3");
    expect(toPlain({ node, list: [relationship, neo4j.int(7)], at: new neo4j.types.DateTime(2024, 1, 2, 3, 4, 5, 0, 0) })).toEqual({
      node: { id: "company:foton", founded: "1996-08-28", employees: 40000 },
      list: [{ confidence: 0.9 }, 7],
      at: "2024-01-02T03:04:05Z",
    });
  });
});
