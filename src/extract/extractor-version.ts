/** Stored on every extracted entity and fact, so that a later extractor can tell what an earlier one read. */
export const EXTRACTOR_VERSION = "rules-1.3";
