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

  it("keeps a curated entity curated when an extracted article mentions it later, and lets the curated values win a clash", () => {
    const mention = (documentId: string, properties: Record<string, unknown>) => ({
      documentId,
      properties: JSON.stringify(properties),
      aliases: [],
      nameKeys: [],
    });
    const merged = mergeMentions("company:foton", [
      mention("document:curated", { name: "Foton", kind: "MANUFACTURER" }),
      mention("document:extracted", {
        name: "Foton",
        kind: "SUPPLIER",
        description: "from the article",
        origin: "EXTRACTED",
        confidence: 0.7,
        extractorVersion: "rules-1.1",
      }),
    ]);
    expect(merged).toMatchObject({ name: "Foton", kind: "MANUFACTURER", description: "from the article" });
    expect(merged).not.toHaveProperty("origin");
    expect(merged).not.toHaveProperty("confidence");
    expect(merged).not.toHaveProperty("extractorVersion");
  });

  it("keeps an entity only extracted articles state as extracted, with the latest article's confidence", () => {
    const mention = (documentId: string, confidence: number) => ({
      documentId,
      properties: JSON.stringify({ name: "Acme", origin: "EXTRACTED", confidence }),
      aliases: [],
      nameKeys: [],
    });
    expect(mergeMentions("company:acme", [mention("document:a", 0.6), mention("document:b", 0.8)])).toMatchObject({ origin: "EXTRACTED", confidence: 0.8 });
  });
});
