import { PassThrough } from "node:stream";
import { exportColumns, type ExportColumns } from "../../../src/export/export-columns";
import type { ExportSource } from "../../../src/export/export.repository";
import { graphmlKeys, graphmlText, writeGraphml } from "../../../src/export/graphml.writer";
import { NodeLabel, RelationshipType } from "../../../src/model/graph-model";
import { modelInUse } from "../../../src/model/model-in-use";

const columns = exportColumns(modelInUse());

async function* pagesOf<T>(...pages: T[][]): AsyncGenerator<T[]> {
  for (const page of pages) yield page;
}

function sourceOf(cols: ExportColumns): ExportSource {
  const company = cols.nodes.get(NodeLabel.Company)!.map((column) => (column.name === "id" ? "company:a&b" : column.name === "name" ? "A <&> B\u0001" : null));
  const party = cols.relationships
    .get(RelationshipType.PARTY_TO)!
    .map((column) => ({ id: "rel:p", documentId: "document:d", quote: 'said "A & B"', start: 3, end: 14 })[column.name] ?? null);
  return {
    columns: cols,
    nodes: () => pagesOf([{ id: "company:a&b", label: NodeLabel.Company, values: company }]),
    relationships: () => pagesOf([{ type: RelationshipType.PARTY_TO, source: "company:a&b", target: "agreement:c", values: party }]),
  };
}

async function written(source: ExportSource): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeGraphml(source, out);
  return Buffer.concat(chunks).toString("utf8");
}

describe("the GraphML writer", () => {
  it("declares each attribute once per nodes and edges, typed from the model, with the label and the provenance", () => {
    const nodeKeys = graphmlKeys("node", columns.nodes);
    const edgeKeys = graphmlKeys("edge", columns.relationships);
    expect(nodeKeys.map((key) => key.name)).toEqual([...new Set(nodeKeys.map((key) => key.name))]);
    expect(nodeKeys).toContainEqual({ id: "n_label", for: "node", name: "label", type: "string" });
    expect(nodeKeys).toContainEqual({ id: "n_ordinal", for: "node", name: "ordinal", type: "long" });
    expect(nodeKeys).toContainEqual({ id: "n_estimatedInvestmentUsd", for: "node", name: "estimatedInvestmentUsd", type: "double" });
    expect(nodeKeys.find((key) => key.name === "id")).toBeUndefined();
    for (const name of ["documentId", "quote"]) expect(edgeKeys).toContainEqual({ id: `e_${name}`, for: "edge", name, type: "string" });
    for (const name of ["start", "end"]) expect(edgeKeys).toContainEqual({ id: `e_${name}`, for: "edge", name, type: "long" });
  });

  it("writes lists as JSON and replaces characters XML cannot hold", () => {
    expect(graphmlText(["a", "b"])).toBe('["a","b"]');
    expect(graphmlText("bell\u0007")).toBe("bell\ufffd");
    expect(graphmlText(12.5)).toBe("12.5");
  });

  it("escapes text and attributes, and puts the quote, document and offsets on the edge", async () => {
    const xml = await written(sourceOf(columns));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<key id="e_quote" for="edge" attr.name="quote" attr.type="string"/>');
    expect(xml).toContain('<node id="company:a&amp;b">');
    expect(xml).toContain('<data key="n_name">A &lt;&amp;&gt; B\ufffd</data>');
    expect(xml).toContain('<edge id="rel:p" source="company:a&amp;b" target="agreement:c">');
    expect(xml).toContain('<data key="e_label">PARTY_TO</data>');
    expect(xml).toContain('<data key="e_quote">said "A &amp; B"</data>');
    expect(xml).toContain('<data key="e_documentId">document:d</data>');
    expect(xml).toContain('<data key="e_start">3</data>');
    expect(xml.trimEnd().endsWith("</graphml>")).toBe(true);
  });
});
