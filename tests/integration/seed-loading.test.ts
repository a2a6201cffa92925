import { GraphRepository } from "../../src/repositories/graph.repository";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { InvalidFactsError } from "../../src/errors";
import { listFactsFiles, readFactsFile } from "../../src/ingest/facts-directory";
import { loadFactsFiles, loadSeedDirectory } from "../../src/ingest/seed-loader";
import { NodeLabel } from "../../src/model/graph-model";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

/** Reads nodes and relationships with every stored property (no projection), as the loader wrote them. */
const WHOLE_READ = { nodeKeys: {}, relationshipKeys: {} };

describe("loading the seed graph", () => {
  let graph: TestGraph;
  let scratch: string;

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  beforeEach(async () => {
    await graph.reset();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kg-seeds-"));
    for (const file of fs.readdirSync(graph.config.seedsDir)) {
      if (file.endsWith(".txt") || file.endsWith(".facts.yaml")) fs.copyFileSync(path.join(graph.config.seedsDir, file), path.join(scratch, file));
    }
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));
  afterAll(() => graph.close());

  it("gives the same node and relationship counts when loaded twice", async () => {
    const first = await graph.counts();
    const { errors } = await loadSeedDirectory(graph.gateway, graph.config.seedsDir);
    expect(errors).toEqual([]);
    expect(await graph.counts()).toEqual(first);
    const plans = listFactsFiles(graph.config.seedsDir).map(readFactsFile);
    const entityIds = new Set(plans.flatMap((plan) => plan.entities.map((entity) => entity.id)));
    expect(first.nodes).toBe(entityIds.size + plans.length);
    expect(first.relationships).toBe(plans.reduce((sum, plan) => sum + plan.relationships.length + plan.entities.length, 0));
  });

  it("loads three documents and stores each quote with offsets that slice the document text", async () => {
    const rows = await graph.gateway.read("find-nodes-by-id", { ids: ["document:foton-iveco-mou-2024"], ...WHOLE_READ });
    const text = (rows[0].node as { properties: { text: string } }).properties.text;
    const related = await new GraphRepository(graph.gateway).related("person:gerrit-marx", { types: ["HOLDS_POSITION"], direction: "OUTGOING" });
    const [position] = related as unknown as { relationship: { properties: { quote: string; start: number; end: number; documentId: string } } }[];
    const { quote, start, end, documentId } = position.relationship.properties;
    expect(documentId).toBe("document:foton-iveco-mou-2024");
    expect(text.slice(start, end)).toBe(quote);
    expect(quote).toContain("CEO Gerrit Marx");
  });

  it("updates the graph without duplicates when a facts file changes and is loaded again", async () => {
    const factsFile = path.join(scratch, "000_bc848caa4ffaa622.facts.yaml");
    const before = await graph.counts();
    const original = fs.readFileSync(factsFile, "utf8");
    expect(original).toContain("title: Chairman");
    fs.writeFileSync(factsFile, original.replace("title: Chairman", "title: Board Chairman"));
    const { errors } = await loadFactsFiles(graph.gateway, [factsFile]);
    expect(errors).toEqual([]);
    expect(await graph.counts()).toEqual(before);
    const related = await new GraphRepository(graph.gateway).related("person:chang-rui", { types: ["HOLDS_POSITION"], direction: "OUTGOING" });
    const titles = (related as unknown as { relationship: { properties: { title: string } } }[]).map((r) => r.relationship.properties.title);
    expect(titles).toEqual(["Board Chairman"]);
  });

  it("refuses a facts file whose quote is not in the article, naming the file and the fact, and writes nothing of it", async () => {
    await graph.reset();
    const factsFile = path.join(scratch, "002_af85cb214edc501b.facts.yaml");
    const original = fs.readFileSync(factsFile, "utf8");
    const changed = original
      .replace(/id: document:[a-z0-9-]+/, "id: document:broken-copy")
      .replace("Roberto Talavera, director of electric vehicles", "Roberto Talavera, head of electric vehicles");
    expect(changed).not.toBe(original);
    fs.writeFileSync(factsFile, changed);
    const before = await graph.counts();
    const { loaded, errors } = await loadFactsFiles(graph.gateway, [factsFile]);
    expect(loaded).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InvalidFactsError);
    expect(errors[0].message).toContain("002_af85cb214edc501b.facts.yaml");
    expect(errors[0].message).toMatch(/(entity|relationship) [a-z:-]+talavera[a-z-]*: the quote ".*head of electric vehicles.*" is not in the article/);
    expect(await graph.counts()).toEqual(before);
    expect(await graph.gateway.read("find-nodes-by-id", { ids: ["document:broken-copy"], ...WHOLE_READ })).toEqual([]);
  });

  it("drops a property or date from the graph when the facts file drops it", async () => {
    const factsFile = path.join(scratch, "002_af85cb214edc501b.facts.yaml");
    const original = fs.readFileSync(factsFile, "utf8");
    const changed = original.replace('    dates:\n      expectedOperational: { value: "2025", text: "2025" }\n', "");
    expect(changed).not.toBe(original);
    fs.writeFileSync(factsFile, changed);
    const { errors } = await loadFactsFiles(graph.gateway, [factsFile]);
    expect(errors).toEqual([]);
    const [row] = await graph.gateway.read("find-nodes-by-id", { ids: ["facility:foton-mexico-plant-2"], ...WHOLE_READ });
    const properties = (row.node as { properties: Record<string, unknown> }).properties;
    expect(properties.status).toBe("PLANNED");
    expect(properties.expectedOperational).toBeUndefined();
    expect(properties.dateStart).toBeUndefined();
  });

  it("refuses a document that reuses another document's relationship id", async () => {
    const factsFile = path.join(scratch, "002_af85cb214edc501b.facts.yaml");
    const copy = fs.readFileSync(factsFile, "utf8").replace(/id: document:[a-z0-9-]+/, "id: document:copy");
    fs.writeFileSync(path.join(scratch, "copy.facts.yaml"), copy);
    const before = await graph.counts();
    const { loaded, errors } = await loadFactsFiles(graph.gateway, [path.join(scratch, "copy.facts.yaml")]);
    expect(loaded).toEqual([]);
    expect(errors[0].message).toMatch(/copy.facts.yaml|002_af85cb214edc501b/);
    expect(errors[0].message).toMatch(/relationship rel:[a-z0-9-]+: id already used by document:foton-mexico-facility-catl/);
    expect(await graph.counts()).toEqual(before);
  });

  it("removes the entities a changed facts file no longer mentions", async () => {
    const factsFile = path.join(scratch, "002_af85cb214edc501b.facts.yaml");
    const fileOnly = listFactsFiles(scratch).filter((file) => file === factsFile);
    const text = fs.readFileSync(factsFile, "utf8");
    const withoutTalavera = text
      .split(/\n(?= {2}- id: )/)
      .filter((block) => !/roberto-talavera/.test(block))
      .join("\n");
    fs.writeFileSync(factsFile, withoutTalavera);
    const { errors } = await loadFactsFiles(graph.gateway, fileOnly);
    expect(errors).toEqual([]);
    expect(await graph.gateway.read("find-nodes-by-id", { ids: ["person:roberto-talavera"], ...WHOLE_READ })).toEqual([]);
    expect(await graph.gateway.read("find-nodes-by-id", { ids: ["company:catl"], ...WHOLE_READ })).toHaveLength(1);
  });
});

describe("keyset pagination while the graph grows", () => {
  let graph: TestGraph;
  let scratch: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kg-insert-"));
  });
  afterAll(async () => {
    fs.rmSync(scratch, { recursive: true, force: true });
    await graph.close();
  });

  it("neither repeats nor skips a row when nodes are added between pages", async () => {
    const { GraphRepository } = await import("../../src/repositories/graph.repository");
    const page = async (after: { sortKey: string; id: string } | null) =>
      (
        await new GraphRepository(graph.gateway).list(
          { label: NodeLabel.Person, byDate: false, descending: false, filter: {} },
          { after, before: null, backward: false, limit: 6 },
        )
      ).rows;
    const first = (await page(null)).slice(0, 5);
    fs.writeFileSync(path.join(scratch, "new.txt"), "Aaron Aardvark joined. Zoe Zebra joined.");
    fs.writeFileSync(
      path.join(scratch, "new.facts.yaml"),
      [
        "document: { id: document:insert-test, title: Insert test }",
        "entities:",
        "  - { id: person:aaron-aardvark, label: Person, name: Aaron Aardvark, quote: Aaron Aardvark joined }",
        "  - { id: person:zoe-zebra, label: Person, name: Zoe Zebra, quote: Zoe Zebra joined }",
        "",
      ].join("\n"),
    );
    const { errors } = await loadFactsFiles(graph.gateway, [path.join(scratch, "new.facts.yaml")]);
    expect(errors).toEqual([]);
    const seen = first.map((row) => row.node.properties.id as string);
    let after: { sortKey: string; id: string } | null = { sortKey: first[4].sortKey, id: seen[4] };
    while (after) {
      const rows = await page(after);
      const kept = rows.slice(0, 5);
      seen.push(...kept.map((row) => row.node.properties.id as string));
      after = rows.length > 5 ? { sortKey: kept[4].sortKey, id: kept[4].node.properties.id as string } : null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain("person:zoe-zebra");
    expect(seen).not.toContain("person:aaron-aardvark");
    expect(seen).toHaveLength(14);
  });
});
