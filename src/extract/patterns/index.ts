import type { DocumentMemory } from "../document-memory";
import { agreementCoversPattern, agreementsPattern } from "./agreements.pattern";
import { corporateLinksPattern } from "./corporate-links.pattern";
import { eventAppearancesPattern } from "./event-appearances.pattern";
import { facilitiesPattern, facilityProductsPattern } from "./facilities.pattern";
import { figuresPattern } from "./figures.pattern";
import { headquartersPattern } from "./headquarters.pattern";
import { launchesAndStartsPattern } from "./launches-and-starts.pattern";
import { positionsPattern } from "./positions.pattern";
import { productsPattern } from "./products.pattern";
import { salesPattern } from "./sales.pattern";
import { scanSentence, type SentenceContext, type SentenceScan } from "./sentence-scan";

export type SentencePattern = (scan: SentenceScan) => void;

/**
 * The fact patterns, in the order each sentence runs them. The order matters: headquarters and
 * signing places are taken before markets and sites are read, facilities before the figures that
 * may be about them, and products before the launches, sales and shows that feature them, the facilities that make them and the agreements that cover them.
 */
export const SENTENCE_PATTERNS: readonly SentencePattern[] = [
  positionsPattern,
  corporateLinksPattern,
  headquartersPattern,
  agreementsPattern,
  facilitiesPattern,
  productsPattern,
  facilityProductsPattern,
  agreementCoversPattern,
  launchesAndStartsPattern,
  salesPattern,
  figuresPattern,
  eventAppearancesPattern,
];

/**
 * Reads the facts of one sentence from its mentions: the patterns above, in order, over one scan of
 * the sentence. New agreements, facilities, products, figures and events are added to `memory`; a
 * definite reference ("the MOU", "the plant") reuses the latest one.
 */
export function readSentenceFacts(ctx: SentenceContext, memory: DocumentMemory): void {
  const scan = scanSentence(ctx, memory);
  for (const pattern of SENTENCE_PATTERNS) pattern(scan);
}
