import { Country, State } from "country-state-city";
import { nameKey } from "../model/name-key";
import type { EntityValue } from "./drafts";
import { COUNTRY_ALIASES, REGIONS } from "./lexicon";

export interface Place {
  name: string;
  /** The model's Market kind. */
  kind: EntityValue<"Market", "kind">;
  /** The larger place it is part of, by name. */
  parent?: string;
}

let gazetteer: Map<string, Place> | null = null;

/** First-level divisions whose names are everyday English words, which would turn ordinary capitalised words into places. */
const EVERYDAY_WORDS =
  /^(north|south|east|west|central|centre|center|eastern|western|northern|southern|capital|upper|lower|middle|coast|coastal|border|islands?|lakes?|mountains?|valley|river|plateau|highlands?|lowlands?|oriental|occidental|interior|great|little|new|saint|santa|united|federal|national|special|autonomous|greater|inner|outer|far|grand|royal|free|delta|savannes?|sud|nord|est|ouest|centro|norte|sur|most|paul|meta|sal|gold|green|red|white|black|blue|long|lake|plains?|sea|bay|gulf|point|ports?|cape|hills?|forest|city)\b/i;

/** State names that are also everyday words ("East", "Most") or too short to trust alone. */
function isTrustworthyStateName(name: string): boolean {
  return name.length >= 5 && !/[()0-9]/.test(name) && !EVERYDAY_WORDS.test(name);
}

/**
 * Places by name key: every country and every first-level division (state, province) from the
 * maintained `country-state-city` package, plus continents and trade regions it lacks. Built once,
 * on first use.
 */
export function placesGazetteer(): Map<string, Place> {
  if (gazetteer) return gazetteer;
  const places = new Map<string, Place>();
  const countries = Country.getAllCountries();
  const countryByCode = new Map(countries.map((country) => [country.isoCode, country.name]));
  for (const state of State.getAllStates()) {
    const parent = countryByCode.get(state.countryCode);
    const name = state.name.replace(/\s+(State|Province|Region|Governorate|Prefecture|Voivodeship|County|Oblast|Department|District)$/i, "");
    if (parent && isTrustworthyStateName(name) && !places.has(nameKey(name))) places.set(nameKey(name), { name, kind: "STATE", parent });
  }
  for (const country of countries) places.set(nameKey(country.name), { name: country.name, kind: "COUNTRY" });
  for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) places.set(alias, { name, kind: "COUNTRY" });
  for (const [key, region] of Object.entries(REGIONS)) places.set(key, { name: region.name, kind: region.kind, parent: region.parent });
  gazetteer = places;
  return places;
}

/** The place a name denotes, if the gazetteer knows it. */
export function findPlace(name: string): Place | null {
  return placesGazetteer().get(nameKey(name)) ?? null;
}
