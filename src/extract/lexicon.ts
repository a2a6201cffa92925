import type { EntityValue } from "./drafts";

/**
 * The domain words the extractor needs that no NLP library ships: executive titles, company-name
 * endings, agreement and facility vocabulary, and the demonyms that name markets. Kept in one place
 * so that tuning them is one diff.
 */

/** Words that start or make up an executive title ("Executive Vice President", "Chief ... Officer"). */
export const TITLE_HEAD_WORDS = new Set([
  "chairman", "chairwoman", "chair", "president", "vice", "executive", "senior", "chief", "ceo", "cfo", "cto", "coo", "cio", "cmo",
  "director", "managing", "general", "head", "founder", "co-founder", "deputy", "secretary", "minister", "manager", "partner", "evp", "svp", "vp",
]);

/** Words that end a title: the name starts after the last of them. */
export const TITLE_END_WORDS = new Set(["chairman", "chairwoman", "chair", "president", "officer", "ceo", "cfo", "cto", "coo", "cio", "cmo", "director", "head", "founder", "co-founder", "secretary", "minister", "manager", "partner", "evp", "svp", "vp"]);

/** Endings that make a capitalised name a company ("Beiqi Foton Motor Co.", "Iveco Group"). */
export const COMPANY_ENDINGS = new Set([
  "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited", "llc", "plc", "ag", "se", "sa", "s.a.", "nv", "n.v.", "spa", "ab", "oy", "asa", "bv", "srl", "sp", "sp.", "pte", "pty", "kk", "ltda",
  "s.p.a.", "gmbh", "group", "holding", "holdings", "motor", "motors", "automotive", "technologies", "technology", "industries", "industrial",
  "company", "bank", "partners", "manufacturing", "energy", "logistics", "systems", "electric", "auto", "trucks", "batteries", "mobility",
]);

/** Endings a company name may drop without naming another company ("Foton Motor Co." is Foton; "Iveco Group" is not IVECO). */
export const LEGAL_SUFFIXES = new Set(["co", "corp", "corporation", "inc", "ltd", "limited", "llc", "plc", "ag", "se", "sa", "nv", "spa", "gmbh", "company", "motor", "motors", "ab", "oy", "asa", "bv", "srl", "sp", "pte", "pty", "kk", "ltda"]);

/** Capitalised words that are never a name on their own. */
export const NOT_NAMES = new Set([
  "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "as", "and", "or", "but", "this", "that", "these", "those", "it", "its", "he",
  "she", "they", "we", "our", "their", "his", "her", "since", "for", "after", "before", "during", "while", "when", "moving", "jointly", "promoting",
  "representatives", "mexican", "chinese", "european", "american", "domestic", "latest", "source", "editor", "share", "press", "please", "more",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "memorandum", "understanding", "mou", "ev", "evs", "bev", "phev", "nev", "lcv", "gvw", "suv",
  "ceo", "cfo", "cto", "coo", "vp", "the", "un", "gdp", "ai", "it", "q1", "q2", "q3", "q4", "i", "ii", "iii", "km", "kwh",
]);

/** Acronyms and all-caps words that are not company names. */
export const NOT_COMPANY_ACRONYMS = new Set(["MOU", "EV", "EVS", "BEV", "PHEV", "HEV", "NEV", "LCV", "GVW", "SUV", "CEO", "CFO", "CTO", "COO", "VP", "US", "USA", "UK", "EU", "UN", "GDP", "AI", "IT", "R&D", "OEM", "KWH", "USD", "EUR", "RMB", "CO2", "WVTA", "ICE", "NEWS", "LIST"]);

/** How the text names an agreement, and the kind it is. Longest phrases first. */
export const AGREEMENT_KINDS: readonly (readonly [RegExp, EntityValue<"Agreement", "kind">])[] = [
  [/\bmemorand(um|a) of understanding\b|\bMOUs?\b/i, "MOU"],
  [/\bjoint[- ]venture\b/i, "JOINT_VENTURE"],
  [/\bsupply (agreement|deal|contract)\b|\bsupply opportunities\b|\b(chosen|selected|named|picked|appointed)\b[^.;]*?\bas (the|its|an?) (\w+ )?(supplier|vendor)\b/i, "SUPPLY"],
  [/\b(become|becoming|named|designated as|appointed as) the [A-Z]?\w* ?partner\b|\bpartner for\b/i, "PARTNER_DESIGNATION"],
  [/\b(strategic )?(partnership|alliance|collaboration)\b/i, "PARTNERSHIP"],
  [/\b(agreement|deal|contract|accord)\b/i, "OTHER"],
];

/** Words for a facility, and its kind. */
export const FACILITY_KINDS: readonly (readonly [RegExp, EntityValue<"Facility", "kind">])[] = [
  [/\b(plant|factory|assembly line|gigafactory|production base|manufacturing (site|facility))\b/i, "PLANT"],
  [/\b(distribution cent(er|re)s?|warehouse|parts cent(er|re)|logistics hub)\b/i, "DISTRIBUTION_CENTER"],
  [/\b(r&d cent(er|re)|research cent(er|re)|technical cent(er|re)|design cent(er|re))\b/i, "RESEARCH_CENTER"],
  [/\b(facility|site)\b/i, "OTHER"],
];

/** Nouns that make a noun phrase a vehicle or product line. */
export const VEHICLE_NOUNS = /\b(trucks?|vans?|VANs|panel vans?|pickups?|pick-ups?|buses|bus|coaches|tractors?|cars?|sedans?|SUVs?|LCVs?|vehicles?|models?|products|product platforms?|platforms?|batter(y|ies) packs?|chassis)\b/;

/** Adjectives that name a market: "European markets" target Europe. */
export const DEMONYMS: Record<string, string> = {
  european: "Europe", "south american": "South America", "north american": "North America", "latin american": "Latin America",
  american: "United States", mexican: "Mexico", chinese: "China", german: "Germany", french: "France", italian: "Italy", spanish: "Spain",
  british: "United Kingdom", japanese: "Japan", korean: "South Korea", "south korean": "South Korea", indian: "India", brazilian: "Brazil",
  canadian: "Canada", african: "Africa", asian: "Asia", "middle eastern": "Middle East", australian: "Australia", turkish: "Turkey",
  polish: "Poland", swedish: "Sweden", dutch: "Netherlands", russian: "Russia", thai: "Thailand", vietnamese: "Vietnam", indonesian: "Indonesia",
};

/** Regions no country-and-state list has, with their kind. */
export const REGIONS: Record<string, { name: string; kind: EntityValue<"Market", "kind">; parent?: string }> = {
  europe: { name: "Europe", kind: "REGION" },
  "south america": { name: "South America", kind: "REGION" },
  "north america": { name: "North America", kind: "REGION" },
  "latin america": { name: "Latin America", kind: "REGION" },
  "central america": { name: "Central America", kind: "REGION" },
  america: { name: "America", kind: "REGION" },
  americas: { name: "America", kind: "REGION" },
  asia: { name: "Asia", kind: "REGION" },
  "southeast asia": { name: "Southeast Asia", kind: "REGION", parent: "Asia" },
  africa: { name: "Africa", kind: "REGION" },
  "middle east": { name: "Middle East", kind: "REGION" },
  oceania: { name: "Oceania", kind: "REGION" },
  scandinavia: { name: "Scandinavia", kind: "REGION", parent: "Europe" },
  "the eu": { name: "European Union", kind: "REGION" },
  eu: { name: "European Union", kind: "REGION" },
  "european union": { name: "European Union", kind: "REGION" },
};

/** Other names of countries, keyed by name key. */
export const COUNTRY_ALIASES: Record<string, string> = {
  us: "United States", "u s": "United States", usa: "United States", "u s a": "United States", "united states of america": "United States",
  uk: "United Kingdom", "u k": "United Kingdom", britain: "United Kingdom", "great britain": "United Kingdom", "south korea": "South Korea",
  korea: "South Korea", russia: "Russia", "czech republic": "Czechia", vietnam: "Vietnam", turkey: "Turkey", uae: "United Arab Emirates",
};

/** An appearance at a named show ("at the IFAT 2022 expo", "during Auto Shanghai 2023"); group 1 is the show's name with its noun. */
export const EVENT_APPEARANCE =
  /\b(?:at|during)\s+(?:the\s+)?((?:[A-Z][\w&-]*\s+){1,5}(?:Expo|Show|Fair|Summit|Exhibition|Conference|Forum|Week|\d{4}|exhibition|expo|show|trade fair|fair|summit|conference))\b/;
