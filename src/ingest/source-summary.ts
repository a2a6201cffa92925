import { FACT_PROPERTY as F } from "./fact-origin";
import { UNKNOWN_GRADE } from "./publisher-grades";

/** A document that supports a fact, as far as counting and grading its sources goes. */
export interface SourceDocument {
  id: string;
  publisher: string | null;
  reliability: string | null;
}

/**
 * How well a fact is sourced by these distinct documents: how many there are, how many distinct
 * publishers (a document without one counts as its own), and the best grade among them. The loader
 * stores it on the fact from every document, and a read as of an earlier time works it out again
 * from the documents known then, so both count alike.
 */
export function sourceSummary(
  documents: SourceDocument[],
): Record<typeof F.sourceCount | typeof F.independentSourceCount | typeof F.reliability, number | string> {
  return {
    [F.sourceCount]: documents.length,
    [F.independentSourceCount]: new Set(documents.map((doc) => doc.publisher ?? `document ${doc.id}`)).size,
    [F.reliability]: documents.map((doc) => doc.reliability ?? UNKNOWN_GRADE).sort()[0] ?? UNKNOWN_GRADE,
  };
}
