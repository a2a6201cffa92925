import type { DocumentMemory } from "./document-memory";
import { SENTENCE_PATTERNS, scanSentence, type SentenceContext } from "./patterns";

export type { SentenceContext } from "./patterns";

/**
 * Reads the facts of one sentence from its mentions with the domain patterns of patterns/, run in
 * order over one scan of the sentence: positions, corporate links, headquarters, agreements,
 * facilities, products, launches and partnership starts, sales, stated figures and event
 * appearances. New agreements, facilities, products, figures and events are added to `memory`; a
 * definite reference ("the MOU", "the plant") reuses the latest one.
 */
export function extractFacts(ctx: SentenceContext, memory: DocumentMemory): void {
  const scan = scanSentence(ctx, memory);
  for (const pattern of SENTENCE_PATTERNS) pattern(scan);
}
