export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Finds the `occurrence`-th (1-based) place where `quote` stands in `text`. Offsets are UTF-16 code
 * unit indexes, as JavaScript's String.slice uses them, so `text.slice(start, end) === quote`.
 * Returns null when the quote is not there that many times.
 */
export function locateQuote(text: string, quote: string, occurrence = 1): TextSpan | null {
  if (!quote || occurrence < 1) return null;
  let from = 0;
  for (let seen = 1; ; seen += 1) {
    const start = text.indexOf(quote, from);
    if (start < 0) return null;
    if (seen === occurrence) return { start, end: start + quote.length };
    from = start + 1;
  }
}
