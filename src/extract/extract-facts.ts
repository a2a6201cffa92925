import { AGREEMENT_KINDS, DEMONYMS, FACILITY_KINDS, VEHICLE_NOUNS } from "./lexicon";
import { findDates, type FoundDate } from "./find-dates";
import type { EntityMention } from "./recognize-entities";
import type { Sentence } from "./split-sentences";

/** An entity the facts of a sentence create (an agreement, a facility...), local to the document. */
export interface DraftEntity {
  ref: string;
  label: "Agreement" | "Facility" | "Vehicle" | "Figure" | "Event";
  name: string;
  properties: Record<string, string | number | boolean>;
  dates: Record<string, { value: string; text: string }>;
  sentence: number;
  confidence: number;
}

/** A relationship between two entities, each given as a mention index ("m12") or a draft ref ("d3"). */
export interface DraftFact {
  type: string;
  from: string;
  to: string;
  sentence: number;
  properties: Record<string, string | number | boolean>;
  dates?: Record<string, { value: string; text: string }>;
  confidence: number;
}

export interface SentenceContext {
  sentence: Sentence;
  /** Indexes into the document's mention list, with the mentions. */
  mentions: { ref: string; mention: EntityMention }[];
  reference: Date | null;
}

/** What the document has said so far, for "the MOU", "the plant" and "the company". */
export interface DocumentMemory {
  drafts: DraftEntity[];
  facts: DraftFact[];
  /** The company the article is about: the one named most so far. */
  focusCompany(): string | null;
  nextRef(): string;
}

const STATUS_BY_VERB: [RegExp, string][] = [
  [/\b(signed|inked|concluded|entered into)\b/i, "SIGNED"],
  [/\b(announced|unveiled|revealed)\b/i, "ANNOUNCED"],
  [/\b(plans?|planning|preparing|to become|will|intends?|aims?|expected|considering|eyes|exploring|explore)\b/i, "PLANNED"],
  [/\b(opened|operates|operating|runs|began production)\b/i, "OPERATING"],
];

function statusOf(text: string, fallback: string): string {
  return STATUS_BY_VERB.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}

const local = (ctx: SentenceContext, offset: number) => offset - ctx.sentence.start;
const of = (ctx: SentenceContext, label: EntityMention["label"]) => ctx.mentions.filter(({ mention }) => mention.label === label);

/** The markets a sentence points at: named places and demonyms ("European markets"), but not where something was signed or is based. */
function targetMarkets(ctx: SentenceContext, excluded: Set<string>): { ref: string; name: string }[] {
  const found = of(ctx, "Market")
    .filter(({ ref }) => !excluded.has(ref))
    .map(({ ref, mention }) => ({ ref, name: mention.place?.name ?? mention.text }));
  for (const match of ctx.sentence.text.matchAll(/\b((?:South |North |Latin |Middle )?[A-Z][a-z]+(?:an|ese|ish|ch|ian))(?: and ((?:South |North |Latin )?[A-Z][a-z]+(?:an|ese|ish|ch|ian)))? (markets?|customers|consumers|exports?)\b/g)) {
    for (const demonym of [match[1], match[2]]) {
      const place = demonym && DEMONYMS[demonym.toLowerCase()];
      if (place && !found.some((market) => market.name === place)) found.push({ ref: `place:${place}`, name: place });
    }
  }
  return found;
}

/** The party companies of an agreement sentence, in order, without the acronym repeats of one company. */
function companiesIn(ctx: SentenceContext): string[] {
  return [...new Set(of(ctx, "Company").map(({ ref }) => ref))];
}

/**
 * Reads the facts of one sentence from its mentions with domain patterns: positions, agreements with
 * their parties, place, date, markets and witnesses, corporate links, headquarters, facilities,
 * products, stated figures and event appearances. New agreements, facilities, products, figures and
 * events are added to `memory`; a definite reference ("the MOU", "the plant") reuses the latest one.
 */
export function extractFacts(ctx: SentenceContext, memory: DocumentMemory): void {
  const text = ctx.sentence.text;
  const dates = findDates(text, ctx.reference);
  const fact = (type: string, from: string, to: string, confidence: number, properties: DraftFact["properties"] = {}, factDates?: DraftFact["dates"]) => {
    if (from === to || memory.facts.some((f) => f.type === type && f.from === from && f.to === to)) return;
    memory.facts.push({ type, from, to, sentence: ctx.sentence.index, properties, dates: factDates, confidence });
  };
  const draft = (label: DraftEntity["label"], name: string, properties: DraftEntity["properties"], draftDates: DraftEntity["dates"] = {}, confidence = 0.6) => {
    const entity: DraftEntity = { ref: memory.nextRef(), label, name, properties, dates: draftDates, sentence: ctx.sentence.index, confidence };
    memory.drafts.push(entity);
    return entity;
  };
  const dateNear = (from: number): FoundDate | undefined => dates.find((date) => date.start >= from) ?? dates[0];
  const companies = companiesIn(ctx);
  const people = of(ctx, "Person");
  const subject = companies[0] ?? (/^(the company|it|the firm|the automaker|the group)\b/i.test(text) ? memory.focusCompany() : null);

  // Positions: titles before the name, or an appositive after it ("Roberto Talavera, director of ... at Foton").
  for (const { ref, mention } of people.filter((item, index) => people.findIndex((other) => other.ref === item.ref) === index)) {
    let title = mention.title;
    let employerRef: string | undefined;
    if (mention.employer) employerRef = ctx.mentions.find(({ mention: m }) => m.label === "Company" && m.text === mention.employer)?.ref;
    if (!title) {
      const after = text.slice(local(ctx, mention.end));
      const appositive = after.match(/^,\s+((?:the\s+)?(?:[a-z][\w&-]*\s+){0,4}?(?:chief|president|vice president|director|chairman|ceo|cfo|cto|head|manager|founder|officer|executive|spokesperson|spokesman|spokeswoman|engineer|analyst|partner)\b[^,.;]*?)(?=,|\.|;|\s+(?:said|says|told)\b|$)/i);
      if (appositive) title = appositive[1].replace(/\s+(?:at|of|for)\s+[A-Z][\s\S]*$/, "").replace(/\s+in\s+[A-Z]\w*$/, "").trim();
      if (appositive && !employerRef) {
        const employerMatch = appositive[1].match(/\s(?:at|of|for)\s+([A-Z][\w.&’' -]*?)(?:\s+in\s|$)/);
        const start = employerMatch ? ctx.sentence.start + local(ctx, mention.end) + after.indexOf(employerMatch[1]) : -1;
        employerRef = ctx.mentions.find(({ mention: m }) => m.label === "Company" && m.start === start)?.ref;
      }
    }
    if (!title) continue;
    if (!employerRef) {
      const clauseStart = text.lastIndexOf(";", local(ctx, mention.start)) + 1;
      const before = of(ctx, "Company").filter(({ mention: m }) => local(ctx, m.start) >= clauseStart && m.start < mention.start);
      employerRef = before.at(-1)?.ref ?? of(ctx, "Company").find(({ mention: m }) => m.start > mention.end)?.ref ?? memory.focusCompany() ?? undefined;
    }
    if (employerRef) fact("HOLDS_POSITION", ref, employerRef, mention.employer ? 0.9 : 0.75, { title: title.replace(/\s+/g, " "), ...(mention.unit ? { unit: mention.unit } : {}) });
  }

  // Corporate links.
  for (const match of text.matchAll(/,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(division|subsidiary|unit|brand|arm)\s+of\s+/gi)) {
    const at = ctx.sentence.start + match.index!;
    const child = of(ctx, "Company").filter(({ mention }) => mention.end <= at).at(-1);
    const parent = of(ctx, "Company").find(({ mention }) => mention.start >= at + match[0].length - 1);
    const type = { division: "DIVISION_OF", unit: "DIVISION_OF", arm: "DIVISION_OF", subsidiary: "SUBSIDIARY_OF", brand: "BRAND_OF" }[match[1].toLowerCase()]!;
    if (child && parent) fact(type, child.ref, parent.ref, 0.85);
  }
  for (const match of text.matchAll(/\b([A-Z][\w-]*(?: [A-Z][\w-]*)*)['’]s\s+(?:[\w-]+\s+){0,3}?(brand|subsidiary|division|unit)\s+/g)) {
    const at = ctx.sentence.start + match.index!;
    const parent = of(ctx, "Company").find(({ mention }) => mention.end === at + match[1].length);
    const child = of(ctx, "Company").find(({ mention }) => mention.start >= at + match[0].length - 1);
    const type = { brand: "BRAND_OF", subsidiary: "SUBSIDIARY_OF", division: "DIVISION_OF", unit: "DIVISION_OF" }[match[2].toLowerCase()]!;
    if (child && parent) fact(type, child.ref, parent.ref, 0.8);
  }

  // Headquarters: "Beijing-based Foton", "based in", "headquartered in".
  const headquarters = new Set<string>();
  for (const { ref, mention } of of(ctx, "Market")) {
    const after = text.slice(local(ctx, mention.end));
    const before = text.slice(0, local(ctx, mention.start));
    let company: string | undefined;
    if (after.startsWith("-based")) company = of(ctx, "Company").find(({ mention: m }) => m.start > mention.end)?.ref ?? subject ?? undefined;
    else if (/\b(based|headquartered) in\s+$/.test(before)) company = of(ctx, "Company").filter(({ mention: m }) => m.end < mention.start).at(-1)?.ref;
    if (company) {
      headquarters.add(ref);
      fact("HEADQUARTERED_IN", company, ref, 0.85);
    }
  }

  // Agreements.
  // A capitalised "Partnership" mid-sentence is part of a name ("Vice President of Global Partnership").
  const agreementKind = AGREEMENT_KINDS.find(([pattern, kind]) => {
    const match = text.match(pattern);
    return match && (kind === "MOU" || match.index === 0 || match[0][0] === match[0][0].toLowerCase());
  });
  const refersToAgreement = /\b(signing|ceremony|witness(ed|es)?)\b/i.test(text);
  if (!agreementKind && refersToAgreement) {
    const latest = [...memory.drafts].reverse().find((d) => d.label === "Agreement");
    if (latest && /\bwitness(ed|es)?\b/i.test(text)) for (const { ref } of people) fact("WITNESSED", ref, latest.ref, 0.75);
  }
  if (agreementKind) {
    const [pattern, kind] = agreementKind;
    const phrase = text.match(pattern)!;
    const definite = new RegExp(`\\b(the|this|that|its|their)\\s+(\\w+\\s+)?${phrase[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(text);
    const previous = [...memory.drafts].reverse().find((d) => d.label === "Agreement" && (d.properties.kind === kind || definite));
    const isNew = !previous || (!definite && (companies.length >= 1 || kind === "PARTNER_DESIGNATION")) && !(previous && previous.sentence === ctx.sentence.index);
    const parties = companies.length ? companies : subject ? [subject] : [];
    let agreement: DraftEntity | undefined = previous;
    if (isNew && parties.length > 0 && (parties.length >= 2 || ["PARTNER_DESIGNATION", "SUPPLY", "PARTNERSHIP"].includes(kind))) {
      const signing = /\b(signed|inked)\b/i.test(text);
      const date = dateNear(phrase.index ?? 0);
      const dateName = signing ? "signedOn" : /\bannounced\b/i.test(text) ? "announcedOn" : "startedOn";
      agreement = draft("Agreement", phrase[0], { kind, status: statusOf(text, "ANNOUNCED") }, date ? { [dateName]: { value: date.value, text: date.text } } : {}, 0.7);
      for (const party of parties) fact("PARTY_TO", party, agreement.ref, 0.8);
    }
    if (agreement) {
      const signedIn = text.match(/\b(?:signed|inked)\b[^.;]*?\bin ([A-Z][\w ]+)/);
      const signedPlace = signedIn ? of(ctx, "Market").find(({ mention }) => signedIn[1].startsWith(mention.text)) : undefined;
      if (signedPlace) {
        fact("SIGNED_IN", agreement.ref, signedPlace.ref, 0.8);
        headquarters.add(signedPlace.ref);
      }
      for (const market of targetMarkets(ctx, headquarters)) fact("TARGETS_MARKET", agreement.ref, market.ref, 0.6);
      if (/\bwitness(ed|es)?\b/i.test(text)) for (const { ref } of people) fact("WITNESSED", ref, agreement.ref, 0.8);
    }
  }

  // Facilities.
  const facilityKind = FACILITY_KINDS.find(([pattern]) => pattern.test(text));
  if (facilityKind && (subject || companies.length)) {
    const [pattern, kind] = facilityKind;
    const phrase = text.match(pattern)!;
    const definite = /\b(the|this|that)\s+(new\s+)?(plant|factory|facility|site)\b/i.test(text) && !/\b(a|an|its|their)\s+(\w+\s+){0,2}(plant|factory|facility)\b/i.test(text);
    const previous = [...memory.drafts].reverse().find((d) => d.label === "Facility");
    const status = /\b(opened|operates|operating|runs)\b/i.test(text) ? "OPERATING" : statusOf(text, "PLANNED");
    const facility =
      definite && previous
        ? previous
        : draft("Facility", phrase[0], { kind, status }, {}, 0.6);
    if (facility !== previous) {
      const date = dates[0];
      if (date) facility.dates[status === "OPERATING" ? "openedOn" : "plannedFor"] = { value: date.value, text: date.text };
      fact("OPERATES", companies[0] ?? subject!, facility.ref, 0.7);
    }
    const sentencePlaces = of(ctx, "Market");
    const isParentOfAnother = (name: string) => sentencePlaces.some(({ mention }) => mention.place?.parent === name);
    const candidate = /\b(considered|candidates?|shortlist(ed)?|evaluat(ed|ing)|yet to be decided|weighing)\b/i.test(text);
    for (const { ref, mention } of of(ctx, "Market")) {
      if (headquarters.has(ref) || isParentOfAnother(mention.place?.name ?? mention.text)) continue;
      const before = text.slice(0, local(ctx, mention.start));
      if (candidate) fact("CANDIDATE_LOCATION", facility.ref, ref, 0.6);
      else if (/\b(in|at|located in|near)\s+(the\s+)?([\w-]+\s+)?$/i.test(before)) fact("LOCATED_IN", facility.ref, ref, 0.65);
    }
  }

  // Products: a noun phrase ending in a vehicle noun, developed or sold by the subject.
  const product = text.match(new RegExp(`\\b((?:(?:[Nn]ew|[Aa]ll-electric|[Ee]lectric|[Pp]ure electric|[Bb]attery-electric|[Hh]ydrogen|[Ll]ight|[Mm]edium|[Hh]eavy|[Cc]ommercial|[Pp]anel|[Ff]uel cell|[Ee]nergy|[A-Z][\\w-]*[A-Z0-9][\\w-]*|[A-Z][a-z]+)\\s+){1,4})${VEHICLE_NOUNS.source.slice(2, -2)}\\b`));
  const usedAsModifier = product && /^\s+(?!for|in|to|with|that|which|and|at|on|from|is|are|was|were|will|has|have|across|into)[a-z]/.test(text.slice(product.index! + product[0].length));
  const productVerb = /\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|building|design|designed|sells?|sold|introduce[sd]?|debut(ed)?|showcased?)\b/i.test(text);
  if (product && !usedAsModifier && productVerb && (subject || companies.length)) {
    const name = product[0].replace(/^(new|the|a|an)\s+/i, "");
    const existing = memory.drafts.find((d) => d.label === "Vehicle" && d.name.toLowerCase() === name.toLowerCase());
    const vehicle = existing ?? draft("Vehicle", name, { kind: /\bmodel\b/i.test(name) ? "MODEL" : "PRODUCT_LINE" }, {}, 0.5);
    const maker = companies[0] ?? subject!;
    if (/\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|building|design|designed|mastered)\b/i.test(text)) fact("DEVELOPS", maker, vehicle.ref, 0.6);
    const sells = text.match(/\bsells?\b[^.;]*?\bin ([A-Z][\w ]+)/);
    const soldIn = sells ? of(ctx, "Market").find(({ mention }) => sells[1].startsWith(mention.text)) : undefined;
    if (soldIn) {
      fact("SELLS_IN", maker, soldIn.ref, 0.6);
      fact("SELLS_IN", vehicle.ref, soldIn.ref, 0.6);
    }
  }

  // Stated figures: money, counts with a unit, percentages.
  const figurePattern = /(?:(more than|over|about|nearly|almost|up to|at least|around|some)\s+)?(\$|€|US\$|RMB\s?|¥)?\s?(\d[\d,.]*)\s?(k|billion|million|thousand|bn|m)?\b\s*(%|percent|vehicles|units|electric units|countries(?: and regions)?|(?:consecutive )?years|trucks|vans|buses|cars|employees|jobs|GWh|MWh)?/gi;
  for (const match of text.matchAll(figurePattern)) {
    const [whole, qualifier, currency, number, scale, unit] = match;
    if (!currency && !unit) continue;
    if (dates.some((date) => match.index! >= date.start && match.index! < date.end)) continue;
    if (/^(19|20)\d{2}$/.test(number) && !currency && !unit) continue;
    const multiplier = { k: 1e3, thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 }[(scale ?? "").toLowerCase()] ?? 1;
    const value = Number(number.replace(/,/g, "")) * multiplier;
    if (!Number.isFinite(value)) continue;
    const owner = companies[0] ?? subject ?? memory.focusCompany();
    if (!owner) continue;
    const figure = draft("Figure", whole.trim(), { value, unit: currency ? currency.trim().replace("US$", "USD").replace("$", "USD") : (unit ?? "").toLowerCase(), ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}) }, {}, 0.6);
    fact("HAS_FIGURE", owner, figure.ref, 0.6);
    const market = of(ctx, "Market").find(({ mention }) => mention.start > ctx.sentence.start + match.index!);
    if (market) fact("APPLIES_TO", figure.ref, market.ref, 0.5);
  }

  // Event appearances: "at the IFAT 2022 expo", "launched at ...".
  const event = text.match(/\b(?:at|during)\s+(?:the\s+)?((?:[A-Z][\w&-]*\s+){1,5}(?:Expo|Show|Fair|Summit|Exhibition|Conference|Forum|Week|\d{4}))\b/);
  if (event && (subject || companies.length)) {
    const name = event[1].trim();
    const existing = memory.drafts.find((d) => d.label === "Event" && d.name === name);
    const entity = existing ?? draft("Event", name, { kind: "EXPO" }, dates[0] ? { date: { value: dates[0].value, text: dates[0].text } } : {}, 0.6);
    fact("PARTICIPATED_IN", companies[0] ?? subject!, entity.ref, 0.6);
    const vehicle = memory.drafts.filter((d) => d.label === "Vehicle" && d.sentence === ctx.sentence.index).at(-1);
    if (vehicle) fact("FEATURED", entity.ref, vehicle.ref, 0.5);
  }
}
