/** A month name or its abbreviation, as datelines write it ("Feb 3", "9 October 2024"). */
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
/** One place of a dateline: "PUNE", "São Paulo", "SEOUL, South Korea". */
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})?";
const DATE = `(?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?)`;
/**
 * The dateline that opens a wire story or press release, up to its dash: places (several joined by
 * "/"), an optional date and an optional agency in parentheses: "PUNE, India (Autowire) —",
 * "SEOUL, South Korea / TOKYO, Japan, Feb 3 (Asia Auto Wire) —", "Lyon, France, 9 October 2024 –".
 */
const DATELINE = new RegExp(`^${PLACE}(?: ?/ ?${PLACE})*(?:,? ${DATE})?(?: \\([^)\\n]{2,40}\\))?\\s*(?:—|–|--|-)\\s`, "gmu");

/**
 * The text with each paragraph's dateline blanked out, every offset kept. A dateline says where the
 * story was filed, not where anything happened, so its places must give no signing place, target
 * market or place of the story; the sentence after it starts where the story does.
 */
export function blankDatelines(text: string): string {
  return text.replace(DATELINE, (dateline) => " ".repeat(dateline.length));
}
