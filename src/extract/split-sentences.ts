/** A sentence of a text, with its UTF-16 offsets (end exclusive). */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "co",
  "corp",
  "inc",
  "ltd",
  "llc",
  "plc",
  "bros",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "approx",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "gen",
  "gov",
  "sen",
  "rep",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
]);

/**
 * Splits a text into sentences: at line breaks, and after `.`, `!` or `?` (and closing quotes) that
 * are followed by a space and a capital, a digit or a quote, except after abbreviations such as
 * "Co." or "U.S." and after single initials. Offsets index the original text, so quotes can be
 * located exactly.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (end > start) sentences.push({ index: sentences.length, text: text.slice(start, end), start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\n") {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end])) end += 1;
    if (end < text.length && text[end] !== " ") continue;
    const next = text.slice(end).match(/^ +(\S)/);
    if (next && !/[A-Z0-9"“‘([]/.test(next[1])) continue;
    if (char === ".") {
      const word = text.slice(start, i).match(/([A-Za-z.]+)$/)?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
        // "Co. Ltd." or "U.S. exports": not an end, unless what follows clearly starts a sentence.
        if (!next || !/^ +(The|A|An|It|He|She|They|We|In|On|At|But|And|This|That|These|Those|Its|His|Her|Their)\b/.test(text.slice(end))) continue;
      }
    }
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}
