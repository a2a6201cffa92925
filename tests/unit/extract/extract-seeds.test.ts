import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../src/config";
import { articleSentences } from "../../../src/extract/article-sentences";
import { extractDocument } from "../../../src/extract/extract-document";
import type { ArticleInput, Extraction } from "../../../src/extract/extraction";
import { readArticleFile } from "../../../src/ingest/ingest-files";
import { planDocument } from "../../../src/ingest/plan-document";
import type { EntityFact, RelationshipFact } from "../../../src/model/facts-file";
import { GRAPH_MODEL } from "../../../src/model/graph-model";
import { viewOf } from "../../../src/model/model-view";

const DIRS = [path.join(PROJECT_ROOT, "seeds"), path.join(PROJECT_ROOT, "seeds", "eval")];
const ARTICLES = DIRS.flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => path.join(dir, name)),
);
const view = viewOf(GRAPH_MODEL);

interface Extracted {
  article: ArticleInput;
  text: string;
  extraction: Extraction;
}

const extractions = new Map<string, Promise<Extracted>>();

/** Extracts an article file as `npm run ingest` reads it, with a graph that knows nothing; once per file. */
function extract(file: string): Promise<Extracted> {
  if (!extractions.has(file)) {
    const article = readArticleFile(file, {});
    extractions.set(
      file,
      extractDocument(
        article,
        async () => [],
        async () => [],
      ).then((extraction) => ({ article, text: article.text, extraction })),
    );
  }
  return extractions.get(file)!;
}

/** Each date the facts file gives, with the timeline kind the model gives it there. */
function timelineKinds(extraction: Extraction): { where: string; kind: string }[] {
  const { entities, relationships = [] } = extraction.factsFile;
  const ofEntity = (entity: EntityFact) =>
    Object.keys(entity.dates ?? {}).map((name) => ({
      where: `${entity.id} ${name}`,
      kind: view.timelineKind(view.propertiesOf(entity.label), name, entity.properties ?? {}),
    }));
  const ofFact = (fact: RelationshipFact) =>
    Object.keys(fact.dates ?? {}).map((name) => ({
      where: `${fact.id} ${name}`,
      kind: view.timelineKind(view.relationshipPropertiesOf(fact.type), name, fact.properties ?? {}),
    }));
  return [...entities.flatMap(ofEntity), ...relationships.flatMap(ofFact)];
}

describe("the extractor on every seed and evaluation article", () => {
  it("has articles to read", () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(9);
  });

  it.each(ARTICLES.map((file) => [path.relative(PROJECT_ROOT, file), file]))(
    "%s: writes only what the model declares, as the loader checks it",
    async (_name, file) => {
      const { text, extraction } = await extract(file);
      expect(extraction.factsFile.entities.length).toBeGreaterThan(0);
      expect(planDocument(extraction.factsFile, text).problems).toEqual([]);
    },
  );

  it.each(ARTICLES.map((file) => [path.relative(PROJECT_ROOT, file), file]))(
    "%s: dates every fact under a timeline kind of its own, never the catch-all",
    async (_name, file) => {
      const { extraction } = await extract(file);
      const vague = timelineKinds(extraction).filter(({ kind }) => kind === GRAPH_MODEL.otherTimelineKind);
      expect(vague).toEqual([]);
    },
  );

  it.each(ARTICLES.map((file) => [path.relative(PROJECT_ROOT, file), file]))(
    "%s: spans every entity and fact over the sentences the extractor kept (one, or from a referent's sentence to the next), within the text",
    async (_name, file) => {
      const { article, text, extraction } = await extract(file);
      const kept = articleSentences(article).sentences;
      expect(kept.length).toBeGreaterThan(0);
      const keptSpans = new Set(kept.flatMap(({ start, end }, i) => [`${start}-${end}`, ...(i > 0 ? [`${kept[i - 1].start}-${end}`] : [])]));
      const quoted = [...extraction.factsFile.entities, ...(extraction.factsFile.relationships ?? [])];
      const misplaced = quoted.filter(
        ({ span, occurrence }) =>
          !span ||
          span.start < 0 ||
          span.end > text.length ||
          span.start >= span.end ||
          !keptSpans.has(`${span.start}-${span.end}`) ||
          occurrence !== undefined,
      );
      expect(misplaced).toEqual([]);
    },
  );

  it("dates something in the articles, so that the timeline check checks something", async () => {
    const dated = await Promise.all(ARTICLES.map(async (file) => timelineKinds((await extract(file)).extraction).length));
    expect(dated.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(5);
  });
});
