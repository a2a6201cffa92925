import { mergeMentions } from "../../../src/ingest/merge-mentions";

describe("mergeMentions", () => {
  it("takes properties in document order, later documents winning, and unions names and keys", () => {
    const merged = mergeMentions("company:foton", [
      {
        documentId: "document:a",
        properties: JSON.stringify({ name: "FOTON", kind: "MANUFACTURER", description: "old" }),
        aliases: ["FOTON"],
        nameKeys: ["foton"],
      },
      {
        documentId: "document:b",
        properties: JSON.stringify({ name: "Foton", description: "new" }),
        aliases: ["Foton", "Beiqi Foton Motor Co."],
        nameKeys: ["foton", "beiqi foton motor co"],
      },
    ]);
    expect(merged).toEqual({
      id: "company:foton",
      name: "Foton",
      kind: "MANUFACTURER",
      description: "new",
      aliases: ["FOTON", "Beiqi Foton Motor Co."],
      nameKeys: ["foton", "beiqi foton motor co"],
    });
  });

  it("keeps no property that no document states", () => {
    expect(mergeMentions("market:x", [{ documentId: "document:a", properties: JSON.stringify({ name: "X" }), aliases: ["X"], nameKeys: ["x"] }])).toEqual({
      id: "market:x",
      name: "X",
      aliases: [],
      nameKeys: ["x"],
    });
  });
});
