import { agreementsPattern } from "./agreements.pattern";
import { corporateLinksPattern } from "./corporate-links.pattern";
import { eventAppearancesPattern } from "./event-appearances.pattern";
import { facilitiesPattern } from "./facilities.pattern";
import { figuresPattern } from "./figures.pattern";
import { happeningsPattern } from "./happenings.pattern";
import { headquartersPattern } from "./headquarters.pattern";
import { positionsPattern } from "./positions.pattern";
import { productsPattern } from "./products.pattern";
import { salesPattern } from "./sales.pattern";
import type { SentenceScan } from "./sentence-scan";

export type SentencePattern = (scan: SentenceScan) => void;

/**
 * The fact patterns, in the order each sentence runs them. The order matters: headquarters and
 * signing places are taken before markets and sites are read, facilities before the figures that
 * may be about them, and products before the launches, sales and shows that feature them.
 */
export const SENTENCE_PATTERNS: readonly SentencePattern[] = [
  positionsPattern,
  corporateLinksPattern,
  headquartersPattern,
  agreementsPattern,
  facilitiesPattern,
  productsPattern,
  happeningsPattern,
  salesPattern,
  figuresPattern,
  eventAppearancesPattern,
];

export { scanSentence, type SentenceContext, type SentenceScan } from "./sentence-scan";
