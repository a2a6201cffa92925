import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { IngestService } from "../../src/ingest/ingest.service";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

/** A restatement, in other words, of the seed article on Foton's Mexico plants: its companies, person, places, plants, figures and product. */
const RESTATEMENT = {
  title: "Foton weighs a second Mexican factory",
  text: fs.readFileSync(path.join(PROJECT_ROOT, "tests", "fixtures", "restatements", "foton-mexico-plants.txt"), "utf8"),
  publishedOn: "2024-05-02",
  source: "Test Wire",
};

describe("ingesting a restatement of a seed article", () => {
  let graph: TestGraph;
  let before: Map<string, unknown>;
  let after: Map<string, unknown>;
  let documentId: string;

  const origins = async () => new Map((await graph.gateway.read("list-node-origins")).map((row) => [row.id as string, row.origin]));

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
    before = await origins();
    const outcome = await new IngestService(graph.gateway, 1_000_000).ingest(RESTATEMENT);
    documentId = outcome.documentId;
    after = await origins();
  });
  afterAll(() => graph.close());

  it("adds only the document and the one truly new place, Brazil", () => {
    const added = [...after.keys()].filter((id) => !before.has(id)).sort();
    expect(added).toEqual([documentId, "market:brazil"].sort());
  });

  it.each([
    ["company", ["company:foton", "company:baic", "company:catl"]],
    ["person", ["person:roberto-talavera"]],
    ["market", ["market:mexico", "market:united-states", "market:jalisco", "market:aguascalientes", "market:china"]],
    ["facility", ["facility:foton-mexico-plant-jalisco", "facility:foton-mexico-plant-2"]],
    ["figure", ["figure:foton-mexico-plant-2-investment", "figure:foton-mexico-electric-sales-goal-2025"]],
    ["product", ["vehicle:foton-electric-trucks-mexico"]],
  ])("matches each restated %s to the seed's node, which the article's mention never marks extracted", async (_kind, ids) => {
    const mentioned = await graph.gateway.read("read-entity-mentions", { ids });
    for (const row of mentioned) expect((row.mentions as { documentId: string }[]).map((mention) => mention.documentId)).toContain(documentId);
    expect(mentioned).toHaveLength(ids.length);
    for (const id of ids) expect(after.get(id)).not.toBe("EXTRACTED");
  });

  it("changes the origin of no node the seed graph had", () => {
    for (const [id, origin] of before) expect(after.get(id)).toBe(origin);
  });
});
