import { mergeMentions, type NodeHistory } from "../../../src/ingest/merge-mentions";

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

  describe("a property that changes over time", () => {
    const history: NodeHistory = {
      properties: [["status", { from: [{ document: "publishedOn" }] }]],
      documentKeys: ["publishedOn", "publishedOn_start"],
    };
    const mention = (documentId: string, status: string, publishedOn: string | null) => ({
      documentId,
      properties: JSON.stringify({ name: "Plant", status }),
      aliases: [],
      nameKeys: [],
      document: publishedOn ? [publishedOn, `${publishedOn}-01-01`] : [null, null],
    });

    it("takes the value that holds latest in time, not the one of the last document", () => {
      const merged = mergeMentions("facility:plant", [mention("document:a", "OPERATING", "2026"), mention("document:b", "PLANNED", "2022")], history);
      expect(merged).toMatchObject({ status: "OPERATING" });
    });

    it("keeps the value of the last document when no statement of it is dated", () => {
      const merged = mergeMentions("facility:plant", [mention("document:a", "OPERATING", null), mention("document:b", "PLANNED", null)], history);
      expect(merged).toMatchObject({ status: "PLANNED" });
    });
  });
});
