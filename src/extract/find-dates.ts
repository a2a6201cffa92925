import * as chrono from "chrono-node";

/** A date stated in the text, as EDTF with its precision ("2024-06-04", "2017-09", "2025"). */
export interface FoundDate {
  value: string;
  text: string;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const SEASONS: Record<string, string> = { spring: "21", summer: "22", autumn: "23", fall: "23", winter: "24" };

/**
 * The dates of a sentence, each at the precision the text gives: chrono-node reads full and
 * month dates relative to the article's date; bare years ("in 2017", "by 2025") and seasons
 * ("spring 2023") are read here, as chrono leaves them out. Offsets are in the sentence.
 */
export function findDates(sentence: string, reference: Date | null): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const result of chrono.parse(sentence, reference ?? undefined)) {
    const { start } = result;
    if (!start.isCertain("year") && !reference) continue;
    const year = start.get("year");
    const month = start.get("month");
    const day = start.get("day");
    if (!year) continue;
    const value = start.isCertain("day") ? `${year}-${pad(month!)}-${pad(day!)}` : start.isCertain("month") ? `${year}-${pad(month!)}` : String(year);
    dates.push({ value, text: result.text, start: result.index, end: result.index + result.text.length });
  }
  for (const match of sentence.matchAll(/\b(spring|summer|autumn|fall|winter)(?: of)? ((?:19|20)\d{2})\b/gi)) {
    dates.push({ value: `${match[2]}-${SEASONS[match[1].toLowerCase()]}`, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(/\b(?:in|by|since|from|until|before|after|of|early|late|mid-?|end of|year)\s+((?:19|20)\d{2})\b(?![-\d])/gi)) {
    const start = match.index + match[0].length - 4;
    if (dates.some((date) => start >= date.start && start < date.end)) continue;
    dates.push({ value: match[1], text: match[1], start, end: start + 4 });
  }
  return dates.sort((a, b) => a.start - b.start);
}
