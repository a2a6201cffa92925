import nlp from "compromise";
import { Country } from "country-state-city";
import { nameKey } from "../model/name-key";
import { DEMONYMS } from "./lexicon";
import { findPlace, type Place } from "./places-gazetteer";

/** Demonyms no rule derives from their country's name ("Swiss", "Emirati"), or that a rule would give the wrong country ("Dominican"). */
const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = {
  nigerian: "Nigeria",
  nigerien: "Niger",
  dominican: "Dominican Republic",
  emirati: "United Arab Emirates",
  saudi: "Saudi Arabia",
  danish: "Denmark",
  finnish: "Finland",
  norwegian: "Norway",
  irish: "Ireland",
  greek: "Greece",
  czech: "Czech Republic",
  portuguese: "Portugal",
  swiss: "Switzerland",
  austrian: "Austria",
  kazakh: "Kazakhstan",
  uzbek: "Uzbekistan",
  filipino: "Philippines",
  "south african": "South Africa",
  "new zealand": "New Zealand",
  slovenian: "Slovenia",
  "north korean": "North Korea",
};

/** Country names that denote the country only after "the" ("sold in the States"). */
const DEFINITE_COUNTRY_NAMES: Readonly<Record<string, string>> = { states: "United States" };

/** The endings a country's name drops before its demonym's ending: Brazil-ian, Bulgar(ia)-ian, Mexic(o)-an, Belgi(um)-an. */
const NAME_ENDING = /(ium|um|ia|es|a|o|y|e)$/;

/** The words compromise's lexicon tags as demonyms. */
function lexiconDemonyms(): string[] {
  const { lexicon } = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one;
  return Object.keys(lexicon).filter((word) => [lexicon[word]].flat().includes("Demonym"));
}

/**
 * Each lexicon demonym whose stem is one single-word country's name without its ending, at most four
 * letters longer ("brazilian" → Brazil). A demonym two countries could claim ("nigerian": Niger,
 * Nigeria) is left to the declared table.
 */
function derivedDemonyms(): Map<string, string> {
  const claims = new Map<string, string[]>();
  const demonyms = lexiconDemonyms();
  for (const { name } of Country.getAllCountries()) {
    const lower = name.toLowerCase();
    if (/\s/.test(lower)) continue;
    const stem = lower.replace(NAME_ENDING, "");
    for (const demonym of demonyms)
      if (demonym !== lower && demonym.startsWith(stem) && demonym.length - stem.length <= 4) claims.set(demonym, [...(claims.get(demonym) ?? []), name]);
  }
  return new Map([...claims].filter(([, countries]) => countries.length === 1).map(([demonym, [country]]) => [demonym, country]));
}

let countries: Map<string, Place> | null = null;

/**
 * The countries of demonyms, by name key: derived from the countries of `country-state-city` and the
 * demonyms of compromise's lexicon, then the lexicon's declared adjectives and the irregular ones.
 * Only names of a gazetteer country count, so "European" (a region) stays out. Built once.
 */
export function countryDemonyms(): Map<string, Place> {
  if (countries) return countries;
  const table = new Map<string, Place>();
  for (const [demonym, country] of [...derivedDemonyms(), ...Object.entries(DEMONYMS), ...Object.entries(IRREGULAR_DEMONYMS)]) {
    const place = findPlace(country);
    if (place?.kind === "COUNTRY") table.set(nameKey(demonym), place);
  }
  countries = table;
  return table;
}

/** The country a demonym ("Brazilian", "South Korean") names, if it names one. */
export function countryOfDemonym(key: string): Place | null {
  return countryDemonyms().get(key) ?? null;
}

/** The country a name denotes after "the" ("the States"), if any. */
export function countryAfterThe(key: string): Place | null {
  const country = DEFINITE_COUNTRY_NAMES[key];
  return country ? findPlace(country) : null;
}
