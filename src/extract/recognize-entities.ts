import nlp from "compromise";
import type { EntityLabel } from "../model/graph-model";
import { nameKey } from "../model/name-key";
import { COMPANY_ENDINGS, DEMONYMS, FACILITY_PLACE_CUE, INDUSTRY_ENDINGS, NOT_COMPANY_ACRONYMS, NOT_NAMES, TITLE_END_WORDS, TITLE_HEAD_WORDS } from "./lexicon";
import { countryAfterThe, countryOfDemonym } from "./country-demonyms";
import { LEGAL_FORMS } from "./company-names";
import { describedCompanies } from "./described-companies";
import { findPlace, type Place } from "./places-gazetteer";
import { hasCompanyCue } from "./company-cues";
import { memoizeWord } from "../model/memoize-word";
import { isPersonContext } from "./position-phrases";
import { SentenceTagger, type SentenceTags } from "./sentence-tagger";
import type { Sentence } from "./split-sentences";

/** The labels of what a text names: companies, people and places (as markets). */
export type MentionLabel = Extract<EntityLabel, "Company" | "Person" | "Market">;

export const MENTION_LABELS: readonly MentionLabel[] = ["Company", "Person", "Market"];

/** True for a label the recogniser finds in text, so that a label read from the graph can be trusted as one. */
export function isMentionLabel(label: string): label is MentionLabel {
  return (MENTION_LABELS as readonly string[]).includes(label);
}

/** A name found in the text, with its offsets in the whole document. */
export interface EntityMention {
  label: MentionLabel;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** For people: the title the text gives them, and the company named with it. */
  title?: string;
  unit?: string;
  employer?: string;
  place?: Place;
  confidence: number;
}

/** What the recogniser knows beyond the sentence: names already in the graph, by key. */
export interface KnownNames {
  labelOf(key: string): MentionLabel | null;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /(?:[A-Z]\.(?:[A-Z]\.)+|[\p{Lu}][\p{L}\p{N}’'&-]*\.?|[\p{Lu}\p{N}][\p{Lu}\p{N}&-]+)/uy;
/** A name followed by one of these is an event ("the IFAT exhibition"), not a company. */
const EVENT_NOUN = /^\s+(exhibition|expo|show|fair|summit|conference|forum|trade fair|motor show)\b/i;
const CONNECTORS = new Set(["of", "de", "del", "la", "von", "van", "der", "&"]);

/** Runs of capitalised words ("Beijing Automotive Industry Holding Co."), joined by "of" and the like but split at "and". */
function capitalisedRuns(sentence: Sentence): Token[][] {
  const runs: Token[][] = [];
  const text = sentence.text;
  const words = [...text.matchAll(/\S+/g)];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1].text.toLowerCase())) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const word of words) {
    const raw = word[0];
    const leading = raw.match(/^[“"‘'([]*/)![0].length;
    const core = raw.slice(leading);
    TOKEN.lastIndex = 0;
    const match = TOKEN.exec(core);
    const start = sentence.start + (word.index ?? 0) + leading;
    if (match && /-based$/i.test(match[0])) {
      flush();
      continue;
    }
    if (match && match[0].length > 0) {
      let tokenText = match[0];
      tokenText = tokenText.replace(/[’']s$/, "");
      const isAbbreviation = /^([A-Z]\.)+$/.test(tokenText) || COMPANY_ENDINGS.has(tokenText.toLowerCase()) || /^(Co|Ltd|Inc|Corp|Jr|Sr|St)\.$/.test(tokenText);
      if (tokenText.endsWith(".") && !isAbbreviation) tokenText = tokenText.slice(0, -1);
      if (leading > 0 && run.length) flush();
      run.push({ text: tokenText, start, end: start + tokenText.length });
      const rest = core.slice(match[0].length);
      if (rest.length > 0 || /[’']s$/.test(match[0])) flush();
      continue;
    }
    if (run.length && CONNECTORS.has(raw.toLowerCase())) {
      run.push({ text: raw, start, end: start + raw.length });
      continue;
    }
    flush();
  }
  flush();
  return runs;
}

const isAcronym = (text: string) => /^[A-Z][A-Z&]{1,6}$/.test(text) && !NOT_COMPANY_ACRONYMS.has(text);
const span = (tokens: Token[]) => ({ start: tokens[0].start, end: tokens[tokens.length - 1].end });

/** Splits "Iveco Group Chief Supply Chain Officer Angela Qu" into a company, a title, a unit and a name. */
function splitTitled(tokens: Token[]): { employer: Token[]; title: Token[]; unit: Token[]; name: Token[] } | null {
  const lower = tokens.map((token) => token.text.toLowerCase().replace(/\.$/, ""));
  const first = lower.findIndex((word) => TITLE_HEAD_WORDS.has(word));
  if (first < 0) return null;
  let lastEnd = -1;
  for (let i = first; i < lower.length; i += 1) if (TITLE_END_WORDS.has(lower[i])) lastEnd = i;
  if (lastEnd < 0) return null;
  let nameStart = lastEnd + 1;
  let unit: Token[] = [];
  if (lower[nameStart] === "of") {
    const nameLength = tokens.length - nameStart - 1 > 3 && /[\p{M}]|[À-ÿ]/u.test(tokens.at(-3)!.text.normalize("NFD")) ? 3 : 2;
    unit = tokens.slice(nameStart + 1, tokens.length - nameLength);
    nameStart = tokens.length - nameLength;
  }
  let name = tokens.slice(nameStart);
  let employer = tokens.slice(0, first);
  // "CEO Gerrit Marx of Iveco Group": the company follows the name.
  const connector = name.findIndex((token) => CONNECTORS.has(token.text.toLowerCase()));
  if (connector > 0 && employer.length === 0) {
    employer = name.slice(connector + 1);
    name = name.slice(0, connector);
  }
  if (name.length === 0 || name.length > 4 || name.some((token) => CONNECTORS.has(token.text.toLowerCase()))) return null;
  return { employer, title: tokens.slice(first, lastEnd + 1), unit, name };
}

/** True for an everyday word that only has a capital because it starts the sentence ("Electric", "Battery"). */
const isCommonWord = memoizeWord(
  (word: string): boolean =>
    nlp(word.toLowerCase()).has("(#Adjective|#Adverb|#Verb|#Determiner|#Preposition|#Conjunction|#Pronoun)") &&
    !nlp(word).has("(#Place|#Person|#Organization)"),
);

/** True for a plural noun of the dictionary ("Trucks", "Buyers"), which starts a sentence as a word, not a name. */
const isPluralNoun = memoizeWord((word: string): boolean => nlp(word.toLowerCase()).has("#Plural"));

/** True for a one-word run that starts the sentence and is an everyday word there ("Today", "Trucks"). */
const isSentenceCommonWord = (sentence: Sentence, tokens: Token[]) =>
  tokens.length === 1 && tokens[0].start === sentence.start && (isCommonWord(tokens[0].text) || isPluralNoun(tokens[0].text));

const textOf = (source: string, tokens: Token[]) => (tokens.length ? source.slice(tokens[0].start, tokens[tokens.length - 1].end) : "");

/** What reading one capitalised run needs: the text, the sentence's tags, what is known, and where mentions go. */
interface RunReader {
  documentText: string;
  sentence: Sentence;
  known: KnownNames;
  /** compromise's tags of the sentence, read on first use. */
  tags: () => SentenceTags;
  push: (label: MentionLabel, tokens: Token[], extra?: Partial<EntityMention>, confidence?: number) => void;
  /** How many mentions the sentence has so far: whether a reading decided anything. */
  decided: () => number;
}

/** A run without the leading words that are never names, leading connectors, and an everyday word that only has a capital because it starts the sentence. */
function nameTokens({ sentence }: RunReader, run: Token[]): Token[] {
  let tokens = run;
  while (tokens.length && NOT_NAMES.has(tokens[0].text.toLowerCase()) && !isAcronym(tokens[0].text) && !TITLE_HEAD_WORDS.has(tokens[0].text.toLowerCase()))
    tokens = tokens.slice(1);
  while (tokens.length && CONNECTORS.has(tokens[0].text.toLowerCase())) tokens = tokens.slice(1);
  if (
    tokens.length > 1 &&
    tokens[0].start === sentence.start &&
    !COMPANY_ENDINGS.has(tokens[tokens.length - 1].text.toLowerCase()) &&
    !LEGAL_FORMS.test(sentence.text.slice(0, tokens[tokens.length - 1].end - sentence.start)) &&
    isCommonWord(tokens[0].text)
  )
    tokens = tokens.slice(1);
  return tokens;
}

/** A run with a title in it: a person (and the company named with the title), or a company the title precedes. True when the run had a title. */
function readTitled({ documentText, known, push }: RunReader, tokens: Token[]): boolean {
  const titled = splitTitled(tokens);
  if (!titled) return false;
  const nameLabel = known.labelOf(nameKey(textOf(documentText, titled.name)));
  if (COMPANY_ENDINGS.has(titled.name[titled.name.length - 1].text.toLowerCase()) || nameLabel === "Company") {
    // "CEO of Fenwick Rail Ltd": the words after "of" are all the company's name.
    push("Company", [...titled.unit, ...titled.name], {}, 0.8);
  } else if (titled.name.length >= 2 || nameLabel === "Person") {
    const employer = titled.employer.length ? textOf(documentText, titled.employer) : undefined;
    if (employer) push("Company", titled.employer, {}, 0.8);
    push(
      "Person",
      titled.name,
      { title: textOf(documentText, titled.title), unit: titled.unit.length ? textOf(documentText, titled.unit) : undefined, employer },
      0.9,
    );
  }
  return true;
}

/** A name the graph or the article already knows, a company ending, or a gazetteer place. True when it decided. */
function readKnown({ known, push }: RunReader, tokens: Token[], text: string, key: string): boolean {
  const knownLabel = known.labelOf(key);
  const place = findPlace(text);
  const last = tokens[tokens.length - 1].text.toLowerCase();
  const legalForm = COMPANY_ENDINGS.has(last) || /\s(?:SAS|a\.s\.|s\.r\.o\.)$/.test(text);
  if (knownLabel === "Company" || (legalForm && tokens.length > 1 && !place)) push("Company", tokens, {}, knownLabel ? 0.95 : 0.8);
  else if (place && knownLabel !== "Person") push("Market", tokens, { place }, 0.9);
  else if (knownLabel) push(knownLabel, tokens, {}, 0.9);
  else return false;
  return true;
}

/** "in Zaragoza." at a clause end, or right after a facility's lead ("its plant in Chakan from 2027"): a one- or two-word capitalised name there is a place. */
function isPlaceByLead(tokens: Token[], before: string, following: string): boolean {
  if (!tokens.every((token) => /^\p{Lu}\p{Ll}/u.test(token.text)) || isCommonWord(tokens[0].text)) return false;
  if (tokens.length <= 2 && FACILITY_PLACE_CUE.test(before)) return true;
  return tokens.length === 1 && /\bin $/.test(before) && /^[.,;]|^$/.test(following.trimStart().slice(0, 1));
}

/** An unknown name, decided by its context: a title or "said" around it (a person), an industry ending ("Motor Works"), a show's name, "Padua, Italy", an acronym, compromise's tags, or "in Zaragoza". */
function readByContext({ documentText, sentence, tags, push }: RunReader, tokens: Token[], text: string, key: string): void {
  const following = documentText.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 80);
  if (EVENT_NOUN.test(following)) return;
  const within = following.match(/^,\s+([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/u);
  const container = within ? findPlace(within[1]) : null;
  const before = documentText.slice(Math.max(sentence.start, tokens[0].start - 80), tokens[0].start);
  if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((token) => /^\p{Lu}\p{Ll}/u.test(token.text)) && isPersonContext(before, following))
    push("Person", tokens, {}, 0.75);
  else if (
    tokens.length <= 5 &&
    /\p{L}/u.test(text) &&
    hasCompanyCue(before, following) &&
    !isSentenceCommonWord(sentence, tokens) &&
    !tags().places.has(key) &&
    !tags().people.has(key)
  )
    push("Company", tokens, {}, 0.65);
  else if (tokens.length >= 2 && tokens.length <= 4 && INDUSTRY_ENDINGS.has(tokens[tokens.length - 1].text.toLowerCase()) && !tags().places.has(key))
    push("Company", tokens, {}, 0.65);
  else if (container && tokens.length <= 2 && container.kind !== "REGION")
    push("Market", tokens, { place: { name: text, kind: "CITY", parent: container.name } }, 0.75);
  else if (tokens.length === 1 && isAcronym(tokens[0].text) && tokens[0].text.length >= 3) push("Company", tokens, {}, 0.7);
  else if (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    (tags().people.has(key) || [...tags().people].some((person) => person.endsWith(key))) &&
    !tags().organisations.has(key)
  )
    push("Person", tokens, {}, 0.75);
  else if (tokens.length <= 2 && tags().places.has(key) && !tags().organisations.has(key)) push("Market", tokens, { place: { name: text, kind: "CITY" } }, 0.6);
  else if (tags().organisations.has(key) && tokens.length >= 2 && !NOT_NAMES.has(tokens[0].text.toLowerCase())) push("Company", tokens, {}, 0.6);
  else if (isPlaceByLead(tokens, before, following)) {
    push("Market", tokens, { place: { name: text, kind: "CITY" } }, 0.5);
  }
}

/** A name run on into a model code ("Velmar T-44", "Nordhaven E40", "Kestova E-Liner 13"): the name without the code. */
function withoutModelCode(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 1 && /\d/.test(tokens[end - 1].text) && !/\d/.test(tokens[0].text)) end -= 1;
  // "Kestova E-Liner 13": the model's name before its number goes too.
  if (end < tokens.length && end > 1 && /-\p{Lu}|^\p{Ll}+\p{Lu}|^\p{Lu}+-/u.test(tokens[end - 1].text)) end -= 1;
  return tokens.slice(0, end);
}

/** One capitalised run: a whole place name, else the name in it read by title, knowledge, then context. Returns the name when nothing decided it. */
function readRun(reader: RunReader, run: Token[]): Token[] | null {
  const wholePlace = run.length > 1 ? findPlace(textOf(reader.documentText, run)) : null;
  if (wholePlace) {
    reader.push("Market", run, { place: wholePlace }, 0.9);
    return null;
  }
  if (readMarketAdjective(reader, run, nameKey(textOf(reader.documentText, run)))) return null;
  // "Mexican power electronics maker ...": a country's demonym the name filter would drop is the country.
  if (run.length === 1 && NOT_NAMES.has(run[0].text.toLowerCase()) && readCountryWord(reader, run, nameKey(run[0].text))) return null;
  // "Kanhwa Cell of South Korea": the company, and the country it is of.
  const of = run.findIndex((token, i) => i > 0 && token.text === "of" && findPlace(textOf(reader.documentText, run.slice(i + 1)))?.kind === "COUNTRY");
  if (of > 0) {
    reader.push("Market", run.slice(of + 1), { place: findPlace(textOf(reader.documentText, run.slice(of + 1)))! }, 0.85);
    return readRun(reader, run.slice(0, of));
  }
  const tokens = withoutModelCode(nameTokens(reader, run));
  if (tokens.length === 0) return null;
  const text = textOf(reader.documentText, tokens);
  const key = nameKey(text);
  if (readCountryWord(reader, tokens, key) || DEMONYMS[key] || readTitled(reader, tokens) || readKnown(reader, tokens, text, key)) return null;
  const before = reader.decided();
  readByContext(reader, tokens, text, key);
  return reader.decided() === before && /\p{L}/u.test(text) ? tokens : null;
}

/** Between two names of one list: ", ", " and ", ", and ", " or ". */
const LIST_JOINT = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Names listed with a company are companies too: "Alpen-Trans Logistik, Kargo9 and B&K Fleet
 * Services", and names listed with a town are towns: "for Bergen and Stavanger". A name the rules
 * left open joins the list when it sits next to a company or a town, across a comma or "and"; lists
 * are read until no name joins.
 */
function readListed(reader: RunReader, open: Token[][], mentions: EntityMention[]): void {
  const { documentText, sentence, push } = reader;
  let joined = true;
  while (joined && open.length) {
    joined = false;
    for (const tokens of [...open]) {
      const { start, end } = span(tokens);
      const next = (m: EntityMention) => LIST_JOINT.test(m.end <= start ? documentText.slice(m.end, start) : documentText.slice(end, m.start));
      const company = mentions.some((m) => m.label === "Company" && next(m));
      // "for Bergen and Stavanger": a name listed with a town is a town.
      const town = !company && tokens.length <= 2 && mentions.find((m) => m.label === "Market" && m.place?.kind === "CITY" && next(m));
      if ((!company && !town) || isSentenceCommonWord(sentence, tokens)) continue;
      if (town) push("Market", tokens, { place: { name: textOf(documentText, tokens), kind: "CITY", parent: town.place?.parent } }, 0.55);
      else if (reader.tags().places.has(nameKey(textOf(documentText, tokens)))) continue;
      else push("Company", tokens, {}, 0.6);
      open.splice(open.indexOf(tokens), 1);
      joined = true;
    }
  }
}

/** An adjective of a place before "market" ("the European market", "the Chilean market"): the place. True when it decided. */
function readMarketAdjective({ documentText, push }: RunReader, tokens: Token[], key: string): boolean {
  const place = countryOfDemonym(key) ?? (DEMONYMS[key] ? findPlace(DEMONYMS[key]) : null);
  if (!place || !/^\s+markets?\b/i.test(documentText.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 10))) return false;
  push("Market", tokens, { place }, 0.7);
  return true;
}

/** A country's demonym ("Brazilian", "South Korean") or "the States": the country itself. True when it decided. */
function readCountryWord({ documentText, push }: RunReader, tokens: Token[], key: string): boolean {
  const preceding = documentText.slice(Math.max(0, tokens[0].start - 4), tokens[0].start);
  const country = countryOfDemonym(key) ?? (/\bthe $/i.test(preceding) ? countryAfterThe(key) : null);
  if (country) push("Market", tokens, { place: country }, 0.6);
  return Boolean(country);
}

/**
 * Finds the companies, people and places of one sentence. Titles around a name make it a person
 * ("CEO Gerrit Marx", "Roberto Talavera, director of ... at Foton"); company endings ("Co.",
 * "Group"), acronyms and names already in the graph make a company; the gazetteer makes a place.
 * compromise's person and place tags decide what the patterns leave open.
 */
export function recognizeEntities(documentText: string, sentence: Sentence, known: KnownNames, tagger = new SentenceTagger()): EntityMention[] {
  const mentions: EntityMention[] = [];
  const push: RunReader["push"] = (label, tokens, extra = {}, confidence = 0.8) => {
    const { start, end } = span(tokens);
    mentions.push({ label, text: documentText.slice(start, end), start, end, sentence: sentence.index, confidence, ...extra });
  };
  const reader: RunReader = { documentText, sentence, known, tags: () => tagger.tagsOf(sentence), push, decided: () => mentions.length };
  const open = capitalisedRuns(sentence).flatMap((run) => {
    const undecided = readRun(reader, run);
    return undecided ? [undecided] : [];
  });
  readListed(reader, open, mentions);

  // "Beijing-based Foton": a place glued to "-based".
  for (const match of sentence.text.matchAll(/\b([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)-based\b/gu)) {
    // "The Basel-based group": the place without a leading word that is never a name.
    const leading = match[1].match(/^(\p{L}+) (?=\p{Lu})/u)?.[1];
    const skip = leading && NOT_NAMES.has(leading.toLowerCase()) ? leading.length + 1 : 0;
    const start = sentence.start + (match.index ?? 0) + skip;
    const name = match[1].slice(skip);
    mentions.push({
      label: "Market",
      text: name,
      start,
      end: start + name.length,
      sentence: sentence.index,
      place: findPlace(name) ?? { name, kind: "CITY" },
      confidence: 0.85,
    });
  }
  return describedCompanies(
    documentText,
    sentence,
    mentions.sort((a, b) => a.start - b.start),
  );
}
