import fs from "node:fs";
import path from "node:path";
import { ANY_NODE_LABEL } from "../model/stored-properties";
import type { ExportColumn } from "./export-columns";
import type { ExportNode, ExportRelationship, ExportSource } from "./export.repository";
import { endStream, writeChunk } from "./write-stream";

/**
 * Separates the items of an array value, and a node's labels. Not neo4j-admin's default `;`, which a
 * name or a quote may hold: the unit separator (U+001F) is in no text of the graph. Hence
 * `--array-delimiter=U+001F` in the import arguments.
 */
export const ARRAY_DELIMITER = "\u001f";

/** The options neo4j-admin needs to read these files: the array delimiter, and quoted values across lines (article texts). */
export const IMPORT_OPTIONS = ["--array-delimiter=U+001F", "--multiline-fields=true"];

/** The file of import arguments written beside the CSV files (`neo4j-admin database import full neo4j @import.args`). */
export const IMPORT_ARGS_FILE = "import.args";

/** A stored value (a string, number or boolean) as text. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? `${value}` : JSON.stringify(value);
}

/** A value as a quoted CSV field, its quotes doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * One value as a CSV field of neo4j-admin's format: a missing value is an empty field (the import sets
 * no property), a string is quoted with its quotes doubled (so commas, quotes and line breaks survive),
 * numbers and booleans are bare, and an array's items are joined with ARRAY_DELIMITER inside one
 * quoted field (the delimiter itself is dropped from an item).
 */
export function csvField(value: unknown, column: ExportColumn): string {
  if (value === null || value === undefined) return "";
  if (column.type === "string[]") {
    const items = Array.isArray(value) ? value : [value];
    return items.length === 0 ? "" : quoted(items.map((item) => textOf(item).split(ARRAY_DELIMITER).join("")).join(ARRAY_DELIMITER));
  }
  if (column.type === "string") return quoted(textOf(value));
  return textOf(value);
}

/** A column as neo4j-admin's header names it: `name:string`, `count:long`, `aliases:string[]`; the first column is the node id, `id:ID`. */
function headerName(column: ExportColumn, index: number, kind: "node" | "relationship"): string {
  return kind === "node" && index === 0 ? `${column.name}:ID` : `${column.name}:${column.type}`;
}

/** The header line of a label's file (its columns, then `:LABEL`) or of a type's (`:START_ID`, `:END_ID`, `:TYPE`, then its columns). */
export function csvHeader(columns: readonly ExportColumn[], kind: "node" | "relationship"): string {
  const names = columns.map((column, index) => headerName(column, index, kind));
  return `${(kind === "node" ? [...names, ":LABEL"] : [":START_ID", ":END_ID", ":TYPE", ...names]).join(",")}\n`;
}

/** A node's line: its values, then its labels (its own and the label every node carries). */
export function csvNodeRow(node: ExportNode, columns: readonly ExportColumn[]): string {
  const fields = columns.map((column, index) => csvField(node.values[index], column));
  return `${[...fields, quoted(`${node.label}${ARRAY_DELIMITER}${ANY_NODE_LABEL}`)].join(",")}\n`;
}

/** A relationship's line: its ends and type, then its values. */
export function csvRelationshipRow(relationship: ExportRelationship, columns: readonly ExportColumn[]): string {
  const fields = columns.map((column, index) => csvField(relationship.values[index], column));
  return `${[quoted(relationship.source), quoted(relationship.target), quoted(relationship.type), ...fields].join(",")}\n`;
}

/** The files of one label or type: `<name>_header.csv` and `<name>.csv`. */
export const csvFileNames = (name: string) => ({ header: `${name}_header.csv`, data: `${name}.csv` });

/** The import arguments for the files written: one `--nodes` per label and one `--relationships` per type, then IMPORT_OPTIONS. */
export function importArguments(labels: readonly string[], types: readonly string[]): string[] {
  const files = (name: string) => Object.values(csvFileNames(name)).join(",");
  return [...labels.map((label) => `--nodes=${files(label)}`), ...types.map((type) => `--relationships=${files(type)}`), ...IMPORT_OPTIONS];
}

/** Writes each owner's lines to its own file, opened when its first line comes; returns the owners written. */
class FileSet {
  private readonly files = new Map<string, fs.WriteStream>();

  constructor(private readonly dir: string) {}

  /** Writes a page of [owner, line] pairs, one chunk per owner. */
  async writePage(lines: [string, string][]): Promise<void> {
    const byOwner = new Map<string, string[]>();
    for (const [owner, line] of lines) {
      const list = byOwner.get(owner);
      if (list) list.push(line);
      else byOwner.set(owner, [line]);
    }
    for (const [owner, ownLines] of byOwner) {
      let out = this.files.get(owner);
      if (!out) this.files.set(owner, (out = fs.createWriteStream(path.join(this.dir, csvFileNames(owner).data))));
      await writeChunk(out, ownLines.join(""));
    }
  }

  async close(): Promise<string[]> {
    await Promise.all([...this.files.values()].map(endStream));
    return [...this.files.keys()];
  }
}

/**
 * Writes an export as CSV files for `neo4j-admin database import full` into `dir` (created if
 * needed): for each label and relationship type that has rows, a header file and a data file, and
 * IMPORT_ARGS_FILE with the arguments that import them. Returns those arguments.
 */
export async function writeCsvDirectory(source: ExportSource, dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const nodes = new FileSet(dir);
  for await (const page of source.nodes()) {
    await nodes.writePage(page.map((node) => [node.label, csvNodeRow(node, source.columns.nodes.get(node.label)!)]));
  }
  const relationships = new FileSet(dir);
  for await (const page of source.relationships()) {
    await relationships.writePage(page.map((r) => [r.type, csvRelationshipRow(r, source.columns.relationships.get(r.type)!)]));
  }
  const labels = (await nodes.close()).sort();
  const types = (await relationships.close()).sort();
  for (const label of labels) fs.writeFileSync(path.join(dir, csvFileNames(label).header), csvHeader(source.columns.nodes.get(label)!, "node"));
  for (const type of types) fs.writeFileSync(path.join(dir, csvFileNames(type).header), csvHeader(source.columns.relationships.get(type)!, "relationship"));
  const args = importArguments(labels, types);
  fs.writeFileSync(path.join(dir, IMPORT_ARGS_FILE), `${args.join("\n")}\n`);
  return args;
}
