import { nameKey } from "../model/name-key";

/** Currency signs and words by the ISO code a curated figure gives its unit: "$", "dollars" and "USD" are one unit. */
const CURRENCY_CODES: Readonly<Record<string, string>> = {
  $: "usd",
  us$: "usd",
  dollar: "usd",
  dollars: "usd",
  "€": "eur",
  euro: "eur",
  euros: "eur",
  "£": "gbp",
  pound: "gbp",
  pounds: "gbp",
  yuan: "cny",
  rmb: "cny",
  renminbi: "cny",
  won: "krw",
  yen: "jpy",
  rupee: "inr",
  rupees: "inr",
};

/**
 * What a figure's unit counts, for telling figures apart: a currency as its ISO code, whether the
 * text wrote it as a sign ("€"), a word ("euros", "US dollars") or a code ("EUR"), and any other unit
 * by its last word, so that "electric units" and "units" agree. A figure curated as "USD" and one
 * read as "1.5 billion dollars" are then one figure.
 */
export function unitHead(unit: unknown): string {
  if (typeof unit !== "string") return "";
  const sign = unit.trim().toLowerCase();
  if (CURRENCY_CODES[sign]) return CURRENCY_CODES[sign];
  const head = nameKey(unit).split(" ").pop() ?? "";
  return CURRENCY_CODES[head] ?? head;
}
