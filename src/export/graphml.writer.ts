import type { Writable } from "node:stream";
import { createCB } from "xmlbuilder2";
import type { XMLBuilderCB } from "xmlbuilder2/lib/interfaces";
import { STORED_PROPERTIES as S } from "../model/stored-properties";
import type { ColumnType, ExportColumn } from "./export-columns";
import type { ExportSource } from "./export.repository";
import { writeChunk } from "./write-stream";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const GRAPHML_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/** GraphML has no list type: a list is written as the JSON text of its items. */
const GRAPHML_TYPE: Record<ColumnType, string> = { string: "string", long: "long", double: "double", boolean: "boolean", "string[]": "string" };

/** A `<key>` of a GraphML file: the attribute it declares for nodes or edges. */
export interface GraphmlKey {
  id: string;
  for: "node" | "edge";
  name: string;
  type: string;
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates) become U+FFFD, so the file always parses. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** A value as the text of a `<data>` element. */
export function graphmlText(value: unknown): string {
  return (Array.isArray(value) ? JSON.stringify(value) : String(value)).replace(NOT_XML, "\ufffd");
}

/**
 * The keys of a GraphML export: the label (a node's label, an edge's type), then every column of
 * every label or type, each name once; a name whose type differs between two labels is a string.
 * The id is the element's own `id` attribute, not a key.
 */
export function graphmlKeys(owner: "node" | "edge", columns: Map<string, ExportColumn[]>): GraphmlKey[] {
  const types = new Map<string, string>([[S.label, "string"]]);
  for (const list of columns.values()) {
    for (const column of list.slice(1)) {
      const type = GRAPHML_TYPE[column.type];
      types.set(column.name, types.has(column.name) && types.get(column.name) !== type ? "string" : type);
    }
  }
  return [...types].map(([name, type]) => ({ id: `${owner === "node" ? "n" : "e"}_${name}`, for: owner, name, type }));
}

/** An element's `<data>` children: its label, then each value it has (a missing one is left out). */
function writeData(xml: XMLBuilderCB, owner: "node" | "edge", label: string, columns: readonly ExportColumn[], values: unknown[]): void {
  const prefix = owner === "node" ? "n" : "e";
  xml
    .ele("data", { key: `${prefix}_${S.label}` })
    .txt(label)
    .up();
  columns.forEach((column, index) => {
    const value = values[index];
    if (index > 0 && value !== null && value !== undefined)
      xml
        .ele("data", { key: `${prefix}_${column.name}` })
        .txt(graphmlText(value))
        .up();
  });
}

/**
 * Writes an export as GraphML with xmlbuilder2's streaming builder: the `<key>` declarations, then the
 * nodes and the directed edges page by page, each page flushed to `out` before the next is read.
 * Every edge carries its fact's properties and its provenance: the document id, the quote and the
 * quote's offsets.
 */
export async function writeGraphml(source: ExportSource, out: Writable): Promise<void> {
  const chunks: string[] = [];
  const flush = () => writeChunk(out, chunks.splice(0).join(""));
  const xml = createCB({ data: (chunk: string) => chunks.push(chunk), prettyPrint: true });
  xml
    .dec({ version: "1.0", encoding: "UTF-8" })
    .ele("graphml", { xmlns: GRAPHML_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": `${GRAPHML_NS} ${GRAPHML_SCHEMA}` });
  for (const key of [...graphmlKeys("node", source.columns.nodes), ...graphmlKeys("edge", source.columns.relationships)]) {
    xml.ele("key", { id: key.id, for: key.for, "attr.name": key.name, "attr.type": key.type }).up();
  }
  xml.ele("graph", { id: "G", edgedefault: "directed" });
  for await (const page of source.nodes()) {
    for (const node of page) {
      xml.ele("node", { id: graphmlText(node.id) });
      writeData(xml, "node", node.label, source.columns.nodes.get(node.label)!, node.values);
      xml.up();
    }
    await flush();
  }
  for await (const page of source.relationships()) {
    for (const edge of page) {
      const [id] = edge.values;
      xml.ele("edge", { id: graphmlText(id), source: graphmlText(edge.source), target: graphmlText(edge.target) });
      writeData(xml, "edge", edge.type, source.columns.relationships.get(edge.type)!, edge.values);
      xml.up();
    }
    await flush();
  }
  xml.up().up().end();
  await flush();
}
