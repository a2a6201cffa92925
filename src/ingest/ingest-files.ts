import fs from "node:fs";
import path from "node:path";
import { findDates } from "../extract/find-dates";
import type { ArticleInput } from "../extract/extraction";
import type { IngestService } from "./ingest.service";

export interface FileOutcome {
  file: string;
  documentId?: string;
  /** "written", "unchanged" (same text already in the graph), "previewed" (dry run) or "failed". */
  status: "written" | "unchanged" | "previewed" | "failed";
  entities?: number;
  newEntities?: number;
  facts?: number;
  error?: string;
}

export interface IngestFilesOptions {
  dryRun: boolean;
  publishedOn?: string | null;
  source?: string | null;
  onFile?: (outcome: FileOutcome) => void;
}

/**
 * Reads an article file: UTF-8 text whose first non-empty line is the headline. Without an explicit
 * date, a line near the top that is only a date ("04 June 2024") is taken as the publication date.
 */
export function readArticleFile(file: string, options: Pick<IngestFilesOptions, "publishedOn" | "source">): ArticleInput {
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path.basename(file)} is not UTF-8 text; convert it to UTF-8 first`);
  }
  const lines = text.split("\n").map((line) => line.trim());
  const title = lines.find(Boolean) ?? "";
  let publishedOn = options.publishedOn ?? null;
  if (!publishedOn) {
    for (const line of lines.slice(1, 6)) {
      const [date] = findDates(line, null);
      if (date && date.start === 0 && date.end === line.length && /^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
        publishedOn = date.value;
        break;
      }
    }
  }
  return { title, text, publishedOn, source: options.source ?? null, url: null };
}

/** Ingests (or, on a dry run, previews) each file in turn; a bad file is reported and skipped, never half-written. */
export async function ingestFiles(service: IngestService, files: string[], options: IngestFilesOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    let outcome: FileOutcome;
    try {
      const article = readArticleFile(file, options);
      if (options.dryRun) {
        const extraction = await service.preview(article);
        outcome = {
          file,
          documentId: extraction.documentId,
          status: "previewed",
          entities: extraction.entities.length,
          newEntities: extraction.entities.filter((e) => !e.existing).length,
          facts: extraction.facts.length,
        };
      } else {
        const result = await service.ingest(article);
        if (result.written) {
          const { entities, facts } = result.extraction;
          outcome = {
            file,
            documentId: result.documentId,
            status: "written",
            entities: entities.length,
            newEntities: entities.filter((e) => !e.existing).length,
            facts: facts.length,
          };
        } else {
          outcome = { file, documentId: result.documentId, status: "unchanged", newEntities: 0 };
        }
      }
    } catch (error) {
      outcome = { file, status: "failed", error: (error as Error).message };
    }
    outcomes.push(outcome);
    options.onFile?.(outcome);
  }
  return outcomes;
}
