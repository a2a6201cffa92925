import { BadUserInputError } from "../errors";
import type { ArticleInput } from "../extract/extraction";
import { EDTF_DATE_FORMS, parseEdtfDate } from "../model/edtf-date";

/** Control characters other than tab and the line ends (LF, and the CR of a CRLF or a lone CR). */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

/** Refuses a control character in a field: NUL and the like are never text, and a stored quote must be text. */
function refuseControlCharacters(field: "title" | "text" | "source", value: string | null | undefined): void {
  const found = value ? CONTROL_CHARACTER.exec(value) : null;
  if (!found) return;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  throw new BadUserInputError(
    `${field} contains the control character U+${code} at offset ${found.index}; remove control characters (tabs and line breaks are fine) and send it again.`,
    { argument: field },
  );
}

/**
 * Checks an article before anything is extracted or written: a title, a text that is neither empty
 * nor over the size limit, and a publication date that is a real EDTF date, as precise as known (a
 * day, month, season or year), and no control characters but tabs and line breaks. Each problem is a
 * BAD_USER_INPUT error naming the field and what to send instead.
 */
export function checkArticle(input: ArticleInput, maxBytes: number): void {
  if (!input.title?.trim()) throw new BadUserInputError("title must not be empty: give the article's headline.", { argument: "title" });
  if (!input.text?.trim()) throw new BadUserInputError("text must not be empty: send the article's full text.", { argument: "text" });
  const bytes = Buffer.byteLength(input.text, "utf8");
  if (bytes > maxBytes) {
    throw new BadUserInputError(`text is ${bytes} bytes, over the limit of ${maxBytes} (INGEST_MAX_BYTES); split the article or raise the limit.`, {
      argument: "text",
    });
  }
  if (input.text.includes("\uFFFD")) {
    throw new BadUserInputError("text contains U+FFFD replacement characters, the mark of a file that was not UTF-8; convert it to UTF-8 first.", {
      argument: "text",
    });
  }
  refuseControlCharacters("title", input.title);
  refuseControlCharacters("text", input.text);
  refuseControlCharacters("source", input.source);
  if (input.publishedOn != null && !parseEdtfDate(input.publishedOn)) {
    throw new BadUserInputError(`publishedOn ${JSON.stringify(input.publishedOn)} is not a date: ${EDTF_DATE_FORMS}.`, { argument: "publishedOn" });
  }
}
