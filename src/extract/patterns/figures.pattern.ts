import type { EntityValue } from "../drafts";
import { FACILITY_KINDS } from "../lexicon";
import { vehiclesOfSentence, type SentenceScan } from "./sentence-scan";

/** What a count counts, after up to three words ("150 eLX 600 tractors", "40 megawatt chargers"), or a model's plural ("60 T-44s"). */
const COUNTED =
  "(?:[\\p{L}\\p{N}™®-]+\\s+){0,3}?(?:units|vehicles|trucks|tractors|trailers|vans|buses|coaches|cars|chargers|packs|cells|modules|axles|stacks|battery systems)\\b|\\p{Lu}[\\p{L}\\p{N}-]*\\d[\\p{L}\\p{N}-]*s\\b";
/** Money, counts with a unit, and percentages, with the hedge word before them. */
const FIGURE = new RegExp(
  `(?:(more than|over|about|nearly|almost|up to|at least|around|some|another)\\s+)?(\\$|€|US\\$|RMB\\s?|¥)?\\s?(?<![\\p{L}\\p{N}-])(\\d[\\d,.]*)\\s?(k|billion|million|thousand|bn|m)?\\b\\s*(${COUNTED}|%|percent|countries(?: and regions)?|(?:consecutive )?years|employees|people|workers|staff|jobs|GWh|MWh|euros|dollars|yuan|won|yen|(?:Swiss )?francs|pounds)?`,
  "giu",
);
/** Words that make a figure the cost, value or capacity of what the sentence is about. */
const WORTH_WORDS = /\b(cost\w*|invest\w*|spend\w*|spent|worth|capacity|output)\b/i;
/** Words that make a figure after a facility phrase that facility's: "a second plant in Grenoble, which should ... employ about 800 people". */
const FACILITY_FIGURE_WORDS = /\b(employ\w*|jobs|turns? out|produc\w+|make|makes|capacity|output)\b/i;

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

/** Where the sentence first names a facility ("plant", "factory", "hub"), or -1. */
const facilityWordAt = (text: string) => Math.min(...FACILITY_KINDS.map(([pattern]) => text.search(pattern)).filter((at) => at >= 0), Infinity);

/**
 * Who a figure at `offset` is about: the sentence's facility when the figure is a cost, investment
 * or capacity, or when it follows the facility's phrase and counts its jobs or output ("a second
 * plant in Grenoble, which should employ about 800 people"); else the sentence's company.
 */
function ownerOf(scan: SentenceScan, offset: number): string | null {
  const facility = [...scan.facilities].at(-1);
  if (!facility) return scan.actor;
  if (WORTH_WORDS.test(scan.text)) return facility.ref;
  const facilityAt = facilityWordAt(scan.text);
  return facilityAt < offset && FACILITY_FIGURE_WORDS.test(scan.text.slice(facilityAt)) ? facility.ref : scan.actor;
}

/** True when the number at `offset` is part of a product's name ("VX-e 26", "cells in the 4680 format"), not a figure. */
function inVehicleName(scan: SentenceScan, offset: number): boolean {
  const lower = scan.text.toLowerCase();
  return vehiclesOfSentence(scan).some((vehicle) => {
    const name = vehicle.name.toLowerCase();
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) if (offset >= at && offset < at + name.length) return true;
    return false;
  });
}

/** The vehicle a count names ("150 eLX 600 tractors", "60 T-44s"): one the sentence drafted whose name is in the figure. */
const vehicleCounted = (scan: SentenceScan, figureText: string) =>
  vehiclesOfSentence(scan).find((vehicle) => figureText.toLowerCase().includes(vehicle.name.toLowerCase()));

/**
 * Stated figures: money, counts with a unit and percentages that are not part of a date, each about
 * the thing the sentence is about: a plant's investment, jobs or output belong to the plant, any
 * other figure to the sentence's company. "More than", "about" and the like become the figure's
 * bound; a count of a named model applies to that model, else the first place named after it.
 */
export function figuresPattern(scan: SentenceScan): void {
  for (const match of scan.text.matchAll(FIGURE)) {
    const [whole, hedge, currency, number, scale, unit] = match;
    if (!currency && !unit) continue;
    if (scan.dates.some((date) => match.index >= date.start && match.index < date.end) || inVehicleName(scan, match.index + whole.search(/\d/))) continue;
    const value = Number(number.replace(/,/g, "")) * (MULTIPLIER[(scale ?? "").toLowerCase()] ?? 1);
    const owner = ownerOf(scan, match.index);
    if (!Number.isFinite(value) || !owner) continue;
    const bound = hedge ? BOUND_BY_HEDGE[hedge.toLowerCase()] : undefined;
    const figure = scan.draft("Figure", whole.trim(), { value, unit: unitOf(currency, unit), ...(bound ? { bound } : {}) }, {}, 0.6);
    scan.fact("HAS_FIGURE", owner, figure.ref, 0.6);
    const vehicle = vehicleCounted(scan, whole);
    const market = scan.mentionsOf("Market").find(({ mention }) => mention.start > scan.sentence.start + match.index);
    if (vehicle) scan.fact("APPLIES_TO", figure.ref, vehicle.ref, 0.55);
    else if (market) scan.fact("APPLIES_TO", figure.ref, market.ref, 0.5);
  }
}
