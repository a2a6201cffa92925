import { graphSchema, NAME_KEYS_INDEX, readSchemaRow, SEARCH_INDEX, staleSchemaItems } from "../../../src/db/graph-schema";
import { GRAPH_MODEL, NODE_LABELS, RELATIONSHIP_TYPES } from "../../../src/model/graph-model";

describe("graphSchema", () => {
  const items = graphSchema(GRAPH_MODEL);
  const byName = new Map(items.map((item) => [item.name, item]));

  it("makes id unique for every node label, for Node, and for every relationship type", () => {
    for (const label of [...NODE_LABELS, "Node"])
      expect(byName.get(`${label.toLowerCase()}_id`)?.create).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    for (const type of RELATIONSHIP_TYPES)
      expect(byName.get(`${type.toLowerCase()}_id`)?.create).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.id IS UNIQUE`));
  });

  it("puts every label in both full-text indexes, with the searchable properties the model marks", () => {
    expect(byName.get(SEARCH_INDEX)).toMatchObject({
      labelsOrTypes: NODE_LABELS,
      properties: ["name", "aliases", "description", "scope", "metric", "text"],
      analyzer: "standard-folding",
    });
    expect(byName.get(NAME_KEYS_INDEX)).toMatchObject({ labelsOrTypes: NODE_LABELS, properties: ["nameKeys"], analyzer: "keyword" });
    expect(byName.get(SEARCH_INDEX)?.create).toContain(`FOR (n:${NODE_LABELS.join("|")})`);
  });

  it("makes the properties the model declares unique unique, and indexes the ones it declares indexed", () => {
    expect(byName.get("document_content_hash")).toMatchObject({
      kind: "constraint",
      type: "UNIQUENESS",
      labelsOrTypes: ["Document"],
      properties: ["contentHash"],
    });
    expect(byName.get("node_date_start")).toMatchObject({ kind: "index", type: "RANGE", labelsOrTypes: ["Node"], properties: ["dateStart"] });
  });

  it("only creates things if they do not exist, so applying it again is harmless", () => {
    for (const item of items) expect(item.create).toMatch(/IF NOT EXISTS/);
  });
});

describe("staleSchemaItems", () => {
  const wanted = graphSchema(GRAPH_MODEL);
  const asExisting = (item: (typeof wanted)[number]) => ({ ...item, labelsOrTypes: [...item.labelsOrTypes].reverse() });

  it("keeps what matches, whatever the order of labels", () => {
    expect(staleSchemaItems(wanted, wanted.map(asExisting))).toEqual([]);
  });

  it("names an index whose label list differs from the model's", () => {
    const existing = wanted.map((item) => (item.name === SEARCH_INDEX ? { ...item, labelsOrTypes: ["Company", "Person"] } : item));
    expect(staleSchemaItems(wanted, existing).map((item) => item.name)).toEqual([SEARCH_INDEX]);
  });

  it("names a full-text index with another analyzer", () => {
    const existing = wanted.map((item) => (item.name === NAME_KEYS_INDEX ? { ...item, analyzer: "standard" } : item));
    expect(staleSchemaItems(wanted, existing).map((item) => item.name)).toEqual([NAME_KEYS_INDEX]);
  });
});

describe("readSchemaRow", () => {
  const wanted = graphSchema(GRAPH_MODEL);
  const companyId = wanted.find((item) => item.name === "company_id")!;
  const partyToId = wanted.find((item) => item.name === "party_to_id")!;
  const row = (type: string, entityType: string, labelsOrTypes: string[]) => ({ name: "x", type, entityType, labelsOrTypes, properties: ["id"] });

  it.each([
    ["Cypher 5", "UNIQUENESS", "RELATIONSHIP_UNIQUENESS"],
    ["Cypher 25", "NODE_PROPERTY_UNIQUENESS", "RELATIONSHIP_PROPERTY_UNIQUENESS"],
  ])("reads %s's uniqueness constraints as the ones the model asks for", (_version, nodeType, relationshipType) => {
    const node = { ...readSchemaRow("constraint", row(nodeType, "NODE", ["Company"])), name: "company_id" };
    const relationship = { ...readSchemaRow("constraint", row(relationshipType, "RELATIONSHIP", ["PARTY_TO"])), name: "party_to_id" };
    expect(staleSchemaItems([companyId, partyToId], [node, relationship])).toEqual([]);
  });

  it("reads a full-text index's analyzer", () => {
    const index = readSchemaRow("index", {
      name: NAME_KEYS_INDEX,
      type: "FULLTEXT",
      entityType: "NODE",
      labelsOrTypes: NODE_LABELS,
      properties: ["nameKeys"],
      analyzer: "keyword",
    });
    expect(
      staleSchemaItems(
        wanted.filter((item) => item.name === NAME_KEYS_INDEX),
        [index],
      ),
    ).toEqual([]);
  });
});

describe("graphSchema on a model whose names clash", () => {
  it("refuses two types that give the same schema name", () => {
    const clashing = {
      ...GRAPH_MODEL,
      relationships: { ...GRAPH_MODEL.relationships, COMPANY: { description: "x", from: ["Company"], to: ["Market"], properties: {} } },
    };
    expect(() => graphSchema(clashing)).toThrow("Two labels or relationship types give the same schema name (company_id)");
  });
});
