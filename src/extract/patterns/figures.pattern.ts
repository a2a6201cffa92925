import type { EntityValue } from "../drafts";
import type { SentenceScan } from "./sentence-scan";

/** Money, counts with a unit, and percentages, with the hedge word before them. */
const FIGURE =
  /(?:(more than|over|about|nearly|almost|up to|at least|around|some)\s+)?(\$|€|US\$|RMB\s?|¥)?\s?(\d[\d,.]*)\s?(k|billion|million|thousand|bn|m)?\b\s*((?:[a-z-]+\s+)?(?:units|vehicles)|%|percent|countries(?: and regions)?|(?:consecutive )?years|trucks|vans|buses|cars|employees|people|workers|staff|jobs|GWh|MWh|euros|dollars|yuan)?/gi;

/** How a hedge word bounds the stated number. */
const BOUND_BY_HEDGE: Readonly<Record<string, EntityValue<"Figure", "bound">>> = {
  "more than": "MORE_THAN",
  over: "MORE_THAN",
  "at least": "AT_LEAST",
  about: "ABOUT",
  around: "ABOUT",
  some: "ABOUT",
  nearly: "NEARLY",
  almost: "NEARLY",
  "up to": "UP_TO",
};

const MULTIPLIER: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

/** The unit a figure is in: a currency as its code ("USD"), else the counted noun. */
const unitOf = (currency: string | undefined, unit: string | undefined) =>
  currency ? currency.trim().replace("US$", "USD").replace("$", "USD") : (unit ?? "").toLowerCase();

/**
 * Stated figures: money, counts with a unit and percentages that are not part of a date. A figure
 * about cost, investment, worth or capacity belongs to the sentence's facility; any other to its
 * company. "More than", "about" and the like become the figure's bound; the first place named after
 * it is what it applies to.
 */
export function figuresPattern(scan: SentenceScan): void {
  const facility = [...scan.facilities].at(-1);
  const company = scan.actor;
  const owner = /\b(cost|investment|invest|worth|capacity)\b/i.test(scan.text) && facility ? facility.ref : company;
  if (!owner) return;
  for (const match of scan.text.matchAll(FIGURE)) {
    const [whole, hedge, currency, number, scale, unit] = match;
    if (!currency && !unit) continue;
    if (scan.dates.some((date) => match.index >= date.start && match.index < date.end)) continue;
    const value = Number(number.replace(/,/g, "")) * (MULTIPLIER[(scale ?? "").toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    const bound = hedge ? BOUND_BY_HEDGE[hedge.toLowerCase()] : undefined;
    const figure = scan.draft("Figure", whole.trim(), { value, unit: unitOf(currency, unit), ...(bound ? { bound } : {}) }, {}, 0.6);
    scan.fact("HAS_FIGURE", owner, figure.ref, 0.6);
    const market = scan.mentionsOf("Market").find(({ mention }) => mention.start > scan.sentence.start + match.index);
    if (market) scan.fact("APPLIES_TO", figure.ref, market.ref, 0.5);
  }
}
