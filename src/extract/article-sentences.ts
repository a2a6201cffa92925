import { blankDatelines } from "./blank-datelines";
import { blankCredits, isPageFurniture } from "./is-page-furniture";
import { splitSentences, type Sentence } from "./split-sentences";
import type { ArticleInput } from "./extraction";

/** Short lines without a full stop, after the title: section headings and page labels, which state nothing. */
function isHeading(sentence: Sentence, text: string): boolean {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const lineEnd = text.indexOf("\n", sentence.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line === sentence.text && !/[.!?:;"”]$/.test(line) && line.split(/\s+/).length <= 12;
}

/**
 * The sentences of an article worth reading, with offsets into its text: photo credits blanked out,
 * datelines ("PUNE, India (Autowire) —") blanked out, a headline run into the first sentence ("... for European Partner FOTON signed ...") cut off at a
 * line break of the same length, and page furniture and headings left out. `scanText` is the text
 * the sentences were read from: the same length as the article, offset for offset.
 */
export function articleSentences(input: ArticleInput): { scanText: string; sentences: Sentence[] } {
  let scanText = blankDatelines(blankCredits(input.text));
  const title = input.title.trim();
  if (title && scanText.startsWith(title) && scanText[title.length] === " ") scanText = `${title}\n${scanText.slice(title.length + 1)}`;
  const sentences = splitSentences(scanText).filter((sentence) => isPageFurniture(sentence.text) === false && !isHeading(sentence, scanText));
  return { scanText, sentences };
}
