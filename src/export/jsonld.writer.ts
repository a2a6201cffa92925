import path from "node:path";
import type { Writable } from "node:stream";
import { PROJECT_ROOT } from "../config";
import type { ModelView } from "../model/model-view";
import { STORED_PROPERTIES as S } from "../model/stored-properties";
import { exportColumns, type ColumnType, type ExportColumn } from "./export-columns";
import type { ExportNode, ExportRelationship, ExportSource } from "./export.repository";
import { writeChunk } from "./write-stream";

/** The namespace of the graph's own nodes and facts: `kg:company:foton` is `urn:knowledge-graph:company:foton`. */
export const GRAPH_IRI = "urn:knowledge-graph:";
/** The namespace of the model's labels, relationship types and properties. */
export const VOCABULARY_IRI = "urn:knowledge-graph:vocab:";
export const PROV_IRI = "http://www.w3.org/ns/prov#";
const RDF_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const XSD_IRI = "http://www.w3.org/2001/XMLSchema#";

/** The terms a fact uses besides the model's: it is a statement (rdf:subject, predicate, object) and a prov:Entity derived from its document. */
const FACT_TERMS = {
  subject: { "@id": "rdf:subject", "@type": "@id" },
  predicate: { "@id": "rdf:predicate", "@type": "@vocab" },
  object: { "@id": "rdf:object", "@type": "@id" },
  wasDerivedFrom: { "@id": "prov:wasDerivedFrom", "@type": "@id" },
} as const;

const XSD_TYPE: Partial<Record<ColumnType, string>> = { long: "xsd:integer", double: "xsd:double", boolean: "xsd:boolean" };

/** A property's term: its IRI in the vocabulary, its datatype for numbers and booleans, a set for lists. */
function propertyTerm(type: ColumnType | null): Record<string, string> {
  const term: Record<string, string> = {};
  if (type && XSD_TYPE[type]) term["@type"] = XSD_TYPE[type]!;
  if (type === "string[]") term["@container"] = "@set";
  return term;
}

/**
 * The JSON-LD context of the exports, derived from the model: the prefixes, a term for every label and
 * relationship type, and one for every property an export writes (typed when it is a number or a
 * boolean; a name typed differently by two labels is left untyped), and the statement and PROV-O
 * terms of facts. It is checked in as schema/export-context.jsonld (`npm run schema` writes it) and
 * served at /export/context.jsonld.
 */
export function exportContext(view: ModelView): { "@context": Record<string, unknown> } {
  const columns = exportColumns(view);
  const types = new Map<string, ColumnType | null>();
  for (const list of [...columns.nodes.values(), ...columns.relationships.values()]) {
    for (const column of list.slice(1)) types.set(column.name, types.has(column.name) && types.get(column.name) !== column.type ? null : column.type);
  }
  types.delete(S.documentId);
  const context: Record<string, unknown> = { "@version": 1.1, "@vocab": VOCABULARY_IRI, kg: GRAPH_IRI, prov: PROV_IRI, rdf: RDF_IRI, xsd: XSD_IRI };
  for (const name of [...view.labels, ...view.relationshipTypes]) context[name] = { "@id": `${VOCABULARY_IRI}${name}` };
  for (const [name, type] of [...types].sort(([a], [b]) => a.localeCompare(b))) context[name] = { "@id": `${VOCABULARY_IRI}${name}`, ...propertyTerm(type) };
  return { "@context": { ...context, ...FACT_TERMS } };
}

/** Where the context is checked in. */
export const EXPORT_CONTEXT_FILE = path.join(PROJECT_ROOT, "schema", "export-context.jsonld");

/** The context file as it is checked in: two-space JSON with a final newline. */
export function renderExportContext(view: ModelView): string {
  return `${JSON.stringify(exportContext(view), null, 2)}\n`;
}

const iri = (id: string) => `kg:${id}`;

/** An object of the values that are present, by column name; the first column (the id) is the item's @id instead. */
function valuesOf(columns: readonly ExportColumn[], values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    if (index > 0 && values[index] !== null && values[index] !== undefined) out[column.name] = values[index];
  });
  return out;
}

/** A node as a JSON-LD item: typed with its label (and prov:Entity for a document, which facts derive from). */
export function jsonldNode(node: ExportNode, columns: readonly ExportColumn[], view: ModelView): Record<string, unknown> {
  const type = view.isEntity(node.label) ? node.label : [node.label, "prov:Entity"];
  return { "@id": iri(node.id), "@type": type, ...valuesOf(columns, node.values) };
}

/**
 * A fact (or a mention) as a JSON-LD item: a prov:Entity and an rdf:Statement whose subject,
 * predicate and object are its start node, its type and its end node, with its properties, and
 * prov:wasDerivedFrom the document its quote and offsets come from.
 */
export function jsonldFact(relationship: ExportRelationship, columns: readonly ExportColumn[]): Record<string, unknown> {
  const { [S.documentId]: documentId, ...values } = valuesOf(columns, relationship.values);
  const [id] = relationship.values;
  return {
    "@id": iri(String(id)),
    "@type": ["prov:Entity", "rdf:Statement"],
    subject: iri(relationship.source),
    predicate: relationship.type,
    object: iri(relationship.target),
    ...values,
    ...(typeof documentId === "string" ? { wasDerivedFrom: iri(documentId) } : {}),
  };
}

/**
 * Writes an export as one JSON-LD document that references its published context by URL: the nodes,
 * then the facts, in `@graph`, each page written to `out` before the next is read.
 */
export async function writeJsonld(source: ExportSource, out: Writable, view: ModelView, contextUrl: string): Promise<void> {
  let first = true;
  const writeItems = async (items: Record<string, unknown>[]) => {
    if (items.length === 0) return;
    await writeChunk(out, `${first ? "" : ",\n"}${items.map((item) => JSON.stringify(item)).join(",\n")}`);
    first = false;
  };
  await writeChunk(out, `{"@context": ${JSON.stringify(contextUrl)},\n"@graph": [\n`);
  for await (const page of source.nodes()) await writeItems(page.map((node) => jsonldNode(node, source.columns.nodes.get(node.label)!, view)));
  for await (const page of source.relationships()) await writeItems(page.map((fact) => jsonldFact(fact, source.columns.relationships.get(fact.type)!)));
  await writeChunk(out, "\n]}\n");
}
