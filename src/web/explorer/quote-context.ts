/** A quote in its place in the document: some text before, the quote itself, some text after. */
export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * Cuts the document text around a quote's offsets, so the page can show the quote highlighted where
 * it stands. Falls back to the stored quote alone when the offsets do not match the text (an edited
 * document), rather than highlighting the wrong words.
 */
export function quoteContext(text: string | null, quote: string, start: number, end: number, around = 160): QuoteContext {
  if (!text || start < 0 || end > text.length || text.slice(start, end) !== quote) return { before: "", quote, after: "" };
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    quote,
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}
