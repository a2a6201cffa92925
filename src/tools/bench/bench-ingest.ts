import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Neo4jGateway } from "../../db/neo4j-gateway";
import { extractDocument } from "../../extract/extract-document";
import type { ArticleInput } from "../../extract/extraction";
import { IngestService } from "../../ingest/ingest.service";

export interface IngestMeasure {
  articles: number;
  averageBytes: number;
  /** Extraction alone, on one core, no database. */
  extractionPerSecond: number;
  /** Extraction, resolution against the graph and the transactional write. */
  ingestPerSecond: number;
}

/**
 * Measures ingestion on the seed articles: extraction alone for `seconds`, then full ingests of
 * renamed copies (so that each is new to the graph), which are deleted again afterwards.
 */
export async function benchIngest(gateway: Neo4jGateway, seedsDir: string, seconds: number, maxBytes: number): Promise<IngestMeasure> {
  const articles: ArticleInput[] = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(seedsDir, name), "utf8");
      return { title: text.split("\n")[0], text, publishedOn: null };
    });
  const noGraph = () => Promise.resolve([]);
  // compromise and chrono build their lexicons on first use: one unmeasured pass first.
  for (const article of articles) await extractDocument(article, noGraph);
  let extracted = 0;
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    await extractDocument(articles[extracted % articles.length], noGraph);
    extracted += 1;
  }
  const extractionSeconds = (Date.now() - started) / 1000;

  const service = new IngestService(gateway, maxBytes);
  const written: string[] = [];
  // A tag of this run's own, so that a copy left behind by an earlier run is never counted or deleted.
  const tag = randomBytes(6).toString("hex");
  let ingestSeconds = 0;
  let warmUps = 0;
  try {
    // One unmeasured ingest first: Neo4j plans each write statement on its first run, which on a large
    // graph takes longer than many ingests do afterwards.
    const warmUp = await service.ingest({
      ...articles[0],
      title: `${articles[0].title} (bench warm-up ${tag})`,
      text: `${articles[0].text}\nBench warm-up ${tag}.`,
    });
    if (warmUp.written) written.push(warmUp.documentId);
    warmUps = written.length;
    const writeStarted = Date.now();
    for (let copy = 0; Date.now() - writeStarted < seconds * 1000 && written.length <= 200; copy += 1) {
      const article = articles[copy % articles.length];
      const text = `${article.text}\nBench copy ${tag}-${copy}.`;
      const outcome = await service.ingest({ ...article, title: `${article.title} (bench copy ${tag}-${copy})`, text });
      if (outcome.written) written.push(outcome.documentId);
    }
    ingestSeconds = (Date.now() - writeStarted) / 1000;
  } finally {
    for (const id of written) await service.delete(id);
  }
  return {
    articles: articles.length,
    averageBytes: Math.round(articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / articles.length),
    extractionPerSecond: extracted / extractionSeconds,
    ingestPerSecond: (written.length - warmUps) / ingestSeconds,
  };
}
