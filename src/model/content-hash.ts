import { createHash } from "node:crypto";

/**
 * The SHA-256 of an article's text, in hex: what a document is stored and found again by, so that
 * the same text sent twice is recognised before anything is read from it.
 */
export function contentHashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
