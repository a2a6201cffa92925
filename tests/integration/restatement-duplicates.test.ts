import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { IngestService } from "../../src/ingest/ingest.service";
import { loadFactsFiles } from "../../src/ingest/seed-loader";
import { MENTION_RELATIONSHIP } from "../../src/model/graph-model";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

/** A restatement, in other words, of the seed article on Foton's Mexico plants: its companies, person, places, plants, figures and product. */
const fixture = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, "tests", "fixtures", "restatements", file), "utf8");

const RESTATEMENT = {
  title: "Foton weighs a second Mexican factory",
  text: fixture("foton-mexico-plants.txt"),
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
    const mentioned = await graph.gateway.read("read-entity-mentions", { ids, documentKeys: [], mention: MENTION_RELATIONSHIP });
    for (const row of mentioned) expect((row.mentions as { documentId: string }[]).map((mention) => mention.documentId)).toContain(documentId);
    expect(mentioned).toHaveLength(ids.length);
    for (const id of ids) expect(after.get(id)).not.toBe("EXTRACTED");
  });

  it("changes the origin of no node the seed graph had", () => {
    for (const [id, origin] of before) expect(after.get(id)).toBe(origin);
  });
});

/**
 * One restatement per kind, each of one article the graph holds (a seed, or an evaluation article of
 * the dev half whose gold facts are loaded as curated beside the seeds), in other words: other
 * sentence order, references, demonyms, possessives, names in other case, figures written otherwise.
 */
interface KindRestatement {
  kind: string;
  file: string;
  /** The gold facts file of the restated evaluation article; none for a seed article. */
  base?: string;
  /** What the restatement states that the graph did not hold, besides its document; a described thing's id holds "{hash}", the document's hash. */
  trulyNew: string[];
  /** The graph's nodes of the kind that the restatement names again. */
  restated: string[];
}

const KIND_RESTATEMENTS: KindRestatement[] = [
  {
    kind: "company",
    file: "foton-group-companies.txt",
    trulyNew: ["company:dongfeng-motor"],
    restated: ["company:foton", "company:baic", "company:iveco-group", "company:iveco", "company:fpt-industrial", "company:catl"],
  },
  {
    kind: "person",
    file: "tarvik-helios-people.txt",
    base: "107_tarvik-helios.facts.yaml",
    trulyNew: ["person:anil-mehta"],
    restated: ["person:vikram-desai", "person:mei-lin-tan", "market:asia"],
  },
  {
    kind: "market",
    file: "aurelia-markets.txt",
    base: "108_kobalt-aurelia.facts.yaml",
    trulyNew: ["market:portugal"],
    restated: [
      "market:france",
      "market:belgium",
      "market:spain",
      "market:netherlands",
      "market:sweden",
      "market:stockholm",
      "market:vasteras",
      "market:annecy",
    ],
  },
  {
    kind: "facility",
    file: "polar-bus-plants.txt",
    base: "105_polar-plant.facts.yaml",
    trulyNew: ["facility:polar-bus-site-warsaw-{hash}-2", "market:warsaw"],
    restated: ["facility:polar-bus-plant-2", "facility:polar-bus-poznan-plant"],
  },
  {
    kind: "figure",
    file: "rayong-factory-cost.txt",
    base: "103_lumen-jv.facts.yaml",
    trulyNew: ["figure:2-000-people-{hash}-2"],
    restated: ["figure:rayong-factory-investment", "facility:lumen-sakura-rayong-factory"],
  },
  {
    kind: "product",
    file: "keystone-k-haul.txt",
    base: "111_keystone-interview.facts.yaml",
    trulyNew: ["vehicle:k-haul-e6-{hash}-3"],
    restated: ["vehicle:keystone-k-haul-e8", "vehicle:keystone-k-haul-88", "facility:keystone-chillicothe-plant"],
  },
];

describe("ingesting a restatement of one kind in other words", () => {
  let graph: TestGraph;
  const origins = async () => new Map((await graph.gateway.read("list-node-origins")).map((row) => [row.id as string, row.origin]));

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());

  it.each(KIND_RESTATEMENTS)(
    "adds no duplicate $kind: only its document and what is truly new, while the graph's $kind nodes gain its mention and stay curated",
    async ({ file, base, trulyNew, restated }) => {
      await graph.reset();
      if (base) {
        const { errors } = await loadFactsFiles(graph.gateway, [path.join(PROJECT_ROOT, "seeds", "eval", base)]);
        expect(errors).toEqual([]);
      }
      const before = await origins();
      const text = fixture(file);
      const { documentId } = await new IngestService(graph.gateway, 1_000_000).ingest({
        title: text.split("\n")[0],
        text,
        publishedOn: "2025-06-02",
        source: "Test Wire",
      });
      const after = await origins();
      const hash = documentId.slice(-8, -2);
      const expected = [documentId, ...trulyNew.map((id) => id.replace("{hash}", hash))];
      expect([...after.keys()].filter((id) => !before.has(id)).sort()).toEqual(expected.sort());
      const mentioned = await graph.gateway.read("read-entity-mentions", { ids: restated, documentKeys: [], mention: MENTION_RELATIONSHIP });
      expect(mentioned.map((row) => row.id as string).sort()).toEqual([...restated].sort());
      for (const row of mentioned) expect((row.mentions as { documentId: string }[]).map((mention) => mention.documentId)).toContain(documentId);
      for (const [id, origin] of before) expect(after.get(id)).toBe(origin);
    },
  );
});
