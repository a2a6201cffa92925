import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { IsIn, IsInt, IsOptional, Matches, MaxLength, Min, validate } from "class-validator";
import type { Config } from "../config";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { argumentProblems, BadUserInputError, InvalidArgumentsError, QueryLimitError } from "../errors";
import { modelInUse } from "../model/model-in-use";
import type { ModelView } from "../model/model-view";
import { writeCsvDirectory } from "./csv.writer";
import { ExportRepository, type ExportSource } from "./export.repository";
import { writeGraphml } from "./graphml.writer";
import { writeJsonld } from "./jsonld.writer";
import { writeTarOfDirectory } from "./tar.writer";

/** The path the JSON-LD context is published at, on this server. */
export const EXPORT_CONTEXT_PATH = "/export/context.jsonld";

/** The formats an export is written in, with the media type and file extension of a download. */
export const EXPORT_FORMATS = {
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  csv: { contentType: "application/gzip", extension: "tar.gz" },
  jsonld: { contentType: "application/ld+json; charset=utf-8", extension: "jsonld" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
const FORMAT_NAMES = Object.keys(EXPORT_FORMATS);

/** What an export is asked for, from the CLI's options or the HTTP route's path and query, checked at the edge. */
export class ExportArguments {
  @IsIn(FORMAT_NAMES, { message: `format must be one of ${FORMAT_NAMES.join(", ")}` })
  format: ExportFormat;

  @IsOptional()
  @MaxLength(200)
  @Matches(/^\S+$/, { message: "entity must be a node id such as company:foton" })
  entity?: string;

  @IsOptional()
  @IsInt({ message: "depth must be a whole number of hops" })
  @Min(0, { message: "depth must be 0 or more hops" })
  depth?: number;
}

/**
 * Reads and checks an export's arguments: the format is one of EXPORT_FORMATS, the depth a whole
 * number no greater than EXPORT_MAX_DEPTH (QUERY_LIMIT_EXCEEDED), given only with an entity. A
 * neighbourhood without a depth is one hop.
 */
export async function readExportArguments(raw: { format?: unknown; entity?: unknown; depth?: unknown }, maxDepth: number): Promise<ExportArguments> {
  const args = Object.assign(new ExportArguments(), {
    format: raw.format,
    entity: raw.entity === undefined || raw.entity === "" ? undefined : raw.entity,
    depth: raw.depth === undefined || raw.depth === "" ? undefined : Number(raw.depth),
  });
  const problems = argumentProblems(await validate(args));
  if (problems.length > 0) throw new InvalidArgumentsError(problems);
  if (args.depth !== undefined && args.entity === undefined) throw new BadUserInputError("depth needs an entity: give entity=<id> to export its neighbourhood");
  if (args.depth !== undefined && args.depth > maxDepth) throw new QueryLimitError("exportDepth", args.depth, maxDepth);
  if (args.entity !== undefined) args.depth ??= 1;
  return args;
}

/**
 * Exports the graph, or an entity's neighbourhood, in each format: GraphML and JSON-LD are streamed
 * to a stream, CSV is written to a directory for neo4j-admin (or, for a single download, to a
 * temporary directory then streamed as a gzipped tar of it). The entity is looked up before anything
 * is written, so an unknown one is a clean NOT_FOUND.
 */
export class ExportService {
  private readonly repository: ExportRepository;

  constructor(
    gateway: Neo4jGateway,
    config: Config["export"],
    private readonly view: ModelView = modelInUse(),
  ) {
    this.repository = new ExportRepository(gateway, view, config.pageSize);
  }

  open(args: ExportArguments): Promise<ExportSource> {
    return this.repository.source(args.entity === undefined ? {} : { entity: args.entity, depth: args.depth ?? 1 });
  }

  /** Writes a GraphML, JSON-LD or (as a .tar.gz) CSV export to `out`, leaving `out` open. */
  async writeTo(format: ExportFormat, source: ExportSource, out: Writable, contextUrl: string): Promise<void> {
    if (format === "graphml") return writeGraphml(source, out);
    if (format === "jsonld") return writeJsonld(source, out, this.view, contextUrl);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-"));
    try {
      await writeCsvDirectory(source, dir);
      const gzip = zlib.createGzip();
      const piped = pipeline(gzip, out, { end: false });
      await writeTarOfDirectory(dir, gzip);
      gzip.end();
      await piped;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Writes a CSV export into `dir` and returns the neo4j-admin import arguments for it. */
  writeCsvDirectory(source: ExportSource, dir: string): Promise<string[]> {
    return writeCsvDirectory(source, dir);
  }
}
