import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import jsonld from "jsonld";
import type { JsonLd, JsonLdArray } from "jsonld/jsonld-spec";
import { parse as parseYaml } from "yaml";
import type { Config } from "../../../src/config";
import type { ExportFormat, ExportService } from "../../../src/export/export.service";
import { EXPORT_CONTEXT_FILE } from "../../../src/export/jsonld.writer";
import type { ExportArguments } from "../../../src/export/export.service";

/** An export written to memory, as a Buffer. */
export async function exportToBuffer(service: ExportService, args: ExportArguments, contextUrl = "https://example.org/export/context.jsonld"): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await service.writeTo(args.format, await service.open(args), out, contextUrl);
  return Buffer.concat(chunks);
}

export const args = (format: ExportFormat, entity?: string, depth?: number): ExportArguments => ({ format, entity, depth });

/** A GraphML export read by graphology-graphml, the maintained GraphML parser of graphology. */
export function readGraphml(text: string): Graph {
  return parseGraphml(Graph, text);
}

/**
 * A JSON-LD export expanded by the jsonld package, with a document loader that serves the checked-in
 * context for any URL ending in /export/context.jsonld and refuses every other URL (no network).
 */
export async function expandJsonld(text: string): Promise<JsonLdArray> {
  const context = JSON.parse(fs.readFileSync(EXPORT_CONTEXT_FILE, "utf8")) as JsonLd;
  const documentLoader = (url: string) => {
    if (!url.endsWith("/export/context.jsonld")) throw new Error(`The test loads no document from ${url}`);
    return Promise.resolve({ contextUrl: undefined, documentUrl: url, document: context });
  };
  return jsonld.expand(JSON.parse(text) as jsonld.JsonLdDocument, { documentLoader });
}

/** A fact of a seed facts file, with its document, as the file states it. */
export interface SeedFact {
  id: string;
  type: string;
  from: string;
  to: string;
  quote: string;
  documentId: string;
}

/** The facts the seed files state, read from the files themselves (not from the graph). */
export function seedFacts(config: Config): SeedFact[] {
  return fs
    .readdirSync(config.seedsDir)
    .filter((file) => file.endsWith(".facts.yaml"))
    .sort()
    .flatMap((file) => {
      const facts = parseYaml(fs.readFileSync(path.join(config.seedsDir, file), "utf8")) as {
        document: { id: string };
        relationships?: Omit<SeedFact, "documentId">[];
      };
      return (facts.relationships ?? []).map((fact) => ({ ...fact, documentId: facts.document.id }));
    });
}
