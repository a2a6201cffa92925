import { DocumentLoader } from "../../../src/ingest/document-loader";
import { planDocument, type FactsFile } from "../../../src/ingest/plan-document";
import type { TestGraph } from "./test-neo4j";

/** An article as a suite writes it: its facts file and its text. */
export interface TestArticle {
  facts: FactsFile;
  text: string;
}

/**
 * Loads and deletes a suite's articles through the real loader on the suite's graph, as `npm run
 * load` would: an article whose facts file has problems fails the test that loads it, with the problems.
 */
export function articleLoader(graph: () => TestGraph) {
  const loader = () => new DocumentLoader(graph().gateway);
  return {
    async load(article: TestArticle): Promise<void> {
      const { plan, problems } = planDocument(article.facts, article.text);
      expect(problems).toEqual([]);
      await loader().load(plan);
    },
    delete: (documentId: string) => loader().delete(documentId),
  };
}
