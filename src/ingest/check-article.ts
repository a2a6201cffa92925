import { BadUserInputError } from "../errors";
import type { ArticleInput } from "../extract/extraction";
import { EDTF_DATE_FORMS, parseEdtfDate } from "../model/edtf-date";

/**
 * Checks an article before anything is extracted or written: a title, a text that is neither empty
 * nor over the size limit, and a publication date that is a real EDTF date, as precise as known (a
 * day, month, season or year). Each problem is a BAD_USER_INPUT error naming the field and what to
 * send instead.
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
  if (input.publishedOn != null && !parseEdtfDate(input.publishedOn)) {
    throw new BadUserInputError(`publishedOn ${JSON.stringify(input.publishedOn)} is not a date: ${EDTF_DATE_FORMS}.`, { argument: "publishedOn" });
  }
}
