import "reflect-metadata";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ExportService } from "../../src/export/export.service";
import { Neo4jGateway } from "../../src/db/neo4j-gateway";
import { ManagedNeo4j } from "../../src/neo4j-server/managed-neo4j";
import { PROJECT_ROOT } from "../../src/config";
import { args, expandJsonld, exportToBuffer, readGraphml, seedFacts, type SeedFact } from "./support/export-readers";
import { startTestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

const PROV = "http://www.w3.org/ns/prov#";
const VOCAB = "urn:knowledge-graph:vocab:";
const GRAPH = "urn:knowledge-graph:";

/** What the graph holds, read through the GraphQL API: a fact's quote and offsets, and its document's text. */
const FACT_QUERY = `query ($id: ID!) { node(id: $id) { relationships(direction: OUTGOING, first: 200) {
  relationship { id type targetId provenance { documentId quote start end document { text } } } } } }`;

type FactRead = {
  id: string;
  type: string;
  targetId: string;
  provenance: { documentId: string; quote: string; start: number; end: number; document: { text: string } };
};

describe("exports, read back with real tools", () => {
  let graph: TestGraph;
  let service: ExportService;
  let counts: { nodes: number; relationships: number };
  let sample: SeedFact;

  beforeAll(async () => {
    // Small pages, so that the exports of the seed graph are read in many statements.
    graph = await openTestGraph(testConfig({ EXPORT_PAGE_SIZE: "7" }));
    await graph.reset();
    service = new ExportService(graph.gateway, graph.config.export);
    counts = await graph.counts();
    sample = seedFacts(graph.config).find((fact) => fact.quote.includes('"') || fact.quote.includes(",")) ?? seedFacts(graph.config)[0];
  }, 300_000);
  afterAll(() => graph.close());

  it("writes GraphML that graphology-graphml reads: every node and relationship, each fact with its quote, document and offsets", async () => {
    const read = readGraphml((await exportToBuffer(service, args("graphml"))).toString("utf8"));
    expect(read.order).toBe(counts.nodes);
    expect(read.size).toBe(counts.relationships);
    const edge = read.getEdgeAttributes(sample.id);
    expect(edge).toMatchObject({ label: sample.type, quote: sample.quote, documentId: sample.documentId });
    expect(read.source(sample.id)).toBe(sample.from);
    expect(read.target(sample.id)).toBe(sample.to);
    const text = read.getNodeAttribute(sample.documentId, "text") as string;
    expect(text.slice(edge.start as number, edge.end as number)).toBe(sample.quote);
    expect(typeof edge.start).toBe("number");
  });

  it("writes JSON-LD that the jsonld package expands: every node and fact, each fact a prov:Entity derived from its document with its quote", async () => {
    const expanded = await expandJsonld((await exportToBuffer(service, args("jsonld"))).toString("utf8"));
    const facts = expanded.filter((item) => (item["@type"] as string[]).includes(`${PROV}Entity`) && item[`${VOCAB}quote`]);
    expect(facts).toHaveLength(counts.relationships);
    expect(expanded).toHaveLength(counts.nodes + counts.relationships);
    const fact = expanded.find((item) => item["@id"] === `${GRAPH}${sample.id}`)!;
    expect(fact[`${PROV}wasDerivedFrom`]).toEqual([{ "@id": `${GRAPH}${sample.documentId}` }]);
    expect(fact[`${VOCAB}quote`]).toEqual([{ "@value": sample.quote }]);
    expect(fact["http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"]).toEqual([{ "@id": `${VOCAB}${sample.type}` }]);
    expect(fact[`${VOCAB}start`]).toEqual([{ "@value": expect.any(Number), "@type": "http://www.w3.org/2001/XMLSchema#integer" }]);
  });

  it("streams CSV as a .tar.gz that tar unpacks into header and data files for every label and type, with import.args", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-test-"));
    try {
      fs.writeFileSync(path.join(dir, "graph.tar.gz"), await exportToBuffer(service, args("csv")));
      execFileSync("tar", ["-xzf", "graph.tar.gz"], { cwd: dir });
      const files = fs.readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(["Company_header.csv", "Company.csv", "HOLDS_POSITION_header.csv", "HOLDS_POSITION.csv", "import.args"]));
      expect(fs.readFileSync(path.join(dir, "import.args"), "utf8")).toContain("--nodes=Company_header.csv,Company.csv\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("CSV, imported with neo4j-admin into a new Neo4j instance", () => {
    const importConfig = testConfig({
      NEO4J_BOLT_PORT: "7712",
      NEO4J_HOME_DIR: path.join(".neo4j", "instances", `export-import-${process.env.TEST_NEO4J_BOLT_PORT ?? "7688"}`),
      NEO4J_HEAP_SIZE: "512m",
      NEO4J_PAGECACHE_SIZE: "128m",
      // The new database has no indexes yet: its first reads may be slow on a busy machine.
      QUERY_TIMEOUT_MS: "60000",
    });
    const instance = new ManagedNeo4j(importConfig);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-csv-"));
    let imported: Neo4jGateway | null = null;

    afterAll(async () => {
      await imported?.close();
      await instance.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.resolve(PROJECT_ROOT, importConfig.managed.homeDir), { recursive: true, force: true });
    });

    it("holds every node and relationship of the graph, and a fact's quote at its offsets", async () => {
      await service.writeCsvDirectory(await service.open(args("csv")), dir);
      fs.rmSync(importConfig.managed.homeDir, { recursive: true, force: true });
      instance.importCsv(dir);
      await instance.start();
      imported = new Neo4jGateway(importConfig.neo4j);
      const [row] = await imported.read("count-graph");
      expect({ nodes: row.nodes, relationships: row.relationships }).toEqual(counts);

      const app = await startTestApp(importConfig, imported);
      try {
        const answer = await app.query<{ node: { relationships: { relationship: FactRead }[] } }>(FACT_QUERY, { id: sample.from });
        expect(answer.errors).toBeUndefined();
        const fact = answer.data!.node.relationships.map((link) => link.relationship).find((relationship) => relationship.id === sample.id)!;
        expect(fact).toMatchObject({ type: sample.type, targetId: sample.to, provenance: { documentId: sample.documentId, quote: sample.quote } });
        expect(fact.provenance.document.text.slice(fact.provenance.start, fact.provenance.end)).toBe(sample.quote);
      } finally {
        await app.close();
      }
    }, 600_000);
  });
});
