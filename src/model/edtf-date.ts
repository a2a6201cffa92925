export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  SEASON = "SEASON",
  YEAR = "YEAR",
}

export interface ParsedDate {
  value: string;
  precision: DatePrecision;
  /** First and last day the date can mean, as ISO dates: they order and filter dates of any precision. */
  start: string;
  end: string;
}

/** What an EDTF date of this project looks like, for the messages that refuse one. */
export const EDTF_DATE_FORMS = "give a year (2024), a month (2024-06), a season (2024-21 is spring 2024) or a day (2024-06-04) that exists";

const SEASON_MONTHS: Record<string, [number, number]> = { "21": [3, 5], "22": [6, 8], "23": [9, 11], "24": [12, 14] };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads an EDTF (ISO 8601-2) date of the precisions the articles use: "2024-06-04", "2021-01",
 * "2023-21" (spring 2023; 22 summer, 23 autumn, 24 winter) and "2022". Returns null for anything else,
 * so the caller can say which fact holds a bad date.
 */
export function parseEdtfDate(value: string): ParsedDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { value, precision: DatePrecision.YEAR, start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
  }
  const season = SEASON_MONTHS[match[2]];
  if (season && match[3] === undefined) {
    const [first, last] = season;
    const endYear = last > 12 ? year + 1 : year;
    const endMonth = last > 12 ? last - 12 : last;
    return { value, precision: DatePrecision.SEASON, start: isoDay(year, first, 1), end: isoDay(endYear, endMonth, lastDayOfMonth(endYear, endMonth)) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return { value, precision: DatePrecision.MONTH, start: isoDay(year, month, 1), end: isoDay(year, month, lastDayOfMonth(year, month)) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDayOfMonth(year, month)) return null;
  const iso = isoDay(year, month, day);
  return { value, precision: DatePrecision.DAY, start: iso, end: iso };
}
