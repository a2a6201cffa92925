const FURNITURE_PATTERNS: RegExp[] = [
  /^\[.*\]$/, // bracketed banners: [Stay on top of ... news: Get ... in your inbox.]
  /^[—–-]\s*with (additional )?(assistance|reporting) (from|by)/i,
  /^(by|photo:|image:|credit:|source:)\s/i,
  /\b(subscribe|newsletter|sign up|in your inbox|share (this|on)|follow us|click here|read more|listen to|daily briefing|podcast|episode)\b/i,
  /^(want more news|related:|advertisement|share|tweet|email|print)\b/i,
];

/**
 * True for the lines a news page carries that state nothing about the world: newsletter banners,
 * photo captions and credits, bylines, share buttons and podcast plugs. Their text yields no entity
 * and no fact.
 */
export function isPageFurniture(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length < 3) return true;
  return FURNITURE_PATTERNS.some((pattern) => pattern.test(text));
}

/** Photo credits such as "(Nelson Ching/Bloomberg News)": a parenthesis holding a slash between names. */
const CREDIT = /\((?:photo:?\s*)?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*\s*\/\s*[A-Z][^)]*\)/g;

/** The text with photo credits blanked out, keeping every offset where it was. */
export function blankCredits(text: string): string {
  return text.replace(CREDIT, (credit) => " ".repeat(credit.length));
}
