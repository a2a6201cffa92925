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
  /** The company the article is about: the one it names most. */
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

/** A product noun phrase: up to four modifiers (lower-case adjectives or capitalised names such as NEV) and a vehicle noun. */
const PRODUCT_PHRASE = new RegExp(
  `\\b(?:(?:[Nn]ew|[Aa]ll-electric|[Ee]lectric|[Pp]ure electric|[Bb]attery-electric|[Hh]ydrogen|[Ll]ight|[Mm]edium|[Hh]eavy|[Cc]ommercial|[Pp]anel|[Ff]uel cell|[Ee]nergy|[Cc]ity|[Mm]ini|[A-Z]{2,5}|[A-Z][a-z]+)\\s+){1,4}${VEHICLE_NOUNS.source.slice(2, -2)}\\b`,
  "g",
);

const local = (ctx: SentenceContext, offset: number) => offset - ctx.sentence.start;
const of = (ctx: SentenceContext, label: EntityMention["label"]) => ctx.mentions.filter(({ mention }) => mention.label === label);

/** The markets a sentence names, but not where something was signed or is based. */
function targetMarkets(ctx: SentenceContext, excluded: Set<string>): { ref: string; name: string }[] {
  return of(ctx, "Market")
    .filter(({ ref }) => !excluded.has(ref))
    .map(({ ref, mention }) => ({ ref, name: mention.place?.name ?? mention.text }));
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
  for (const match of text.matchAll(/(?:,\s+|\s+is\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(division|subsidiary|unit|brand|arm)\s+of\s+/gi)) {
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

  // Facilities: every plant, factory, centre or site the sentence names, run by the company it names
  // (or the article's company), located at the place right after it; "being considered" makes the
  // places candidates. "The plant" or "the new factory" refers back to the latest facility.
  const facilityOwner = companies[0] ?? subject ?? memory.focusCompany();
  const sentencePlaces = of(ctx, "Market");
  const isParentOfAnother = (name: string) => sentencePlaces.some(({ mention }) => mention.place?.parent === name);
  const candidate = /\b(considered|candidates?|shortlist(ed)?|evaluat(ed|ing)|yet to be decided|weighing)\b/i.test(text);
  const facilityPhrases = FACILITY_KINDS.flatMap(([pattern, kind]) => [...text.matchAll(new RegExp(pattern.source, "gi"))].map((match) => ({ match, kind })))
    .filter(({ match }, index, all) => !all.some(({ match: other }, j) => j !== index && other.index! <= match.index! && other.index! + other[0].length >= match.index! + match[0].length && other[0].length > match[0].length))
    .sort((a, b) => a.match.index! - b.match.index!);
  const seenFacilities = new Set<DraftEntity>();
  for (const { match, kind } of facilityOwner ? facilityPhrases : []) {
    const before = text.slice(Math.max(0, match.index! - 30), match.index!);
    const definite = /\b(the|this|that)\s+(new\s+|second\s+|planned\s+)?$/i.test(before);
    const previous = [...memory.drafts].reverse().find((d) => d.label === "Facility");
    const status = /\b(opened|operates|operating|runs|opened in)\b/i.test(text) ? "OPERATING" : statusOf(text, "PLANNED");
    const facility = definite && previous ? previous : draft("Facility", match[0], { kind, status }, {}, 0.6);
    if (seenFacilities.has(facility)) continue;
    seenFacilities.add(facility);
    if (facility !== previous) {
      const date = dates.find((d) => d.start > match.index!) ?? dates[0];
      if (date) facility.dates[status === "OPERATING" ? "openedOn" : "plannedFor"] = { value: date.value, text: date.text };
      fact("OPERATES", companies.length > 1 && /\b(venture|jointly|together)\b/i.test(text) ? companies[0] : facilityOwner!, facility.ref, 0.7);
      if (companies.length > 1 && /\b(venture|jointly|together)\b/i.test(text)) for (const company of companies.slice(1)) fact("OPERATES", company, facility.ref, 0.6);
    }
    const after = text.slice(match.index! + match[0].length);
    const here = after.match(/^\s*(?:,\s*)?(?:located\s+)?(?:in|at|near)\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/u);
    for (const { ref, mention } of sentencePlaces) {
      if (headquarters.has(ref) || isParentOfAnother(mention.place?.name ?? mention.text)) continue;
      if (candidate) fact("CANDIDATE_LOCATION", facility.ref, ref, 0.6);
      else if (here && (here[1] === mention.text || here[1].startsWith(mention.text))) fact("LOCATED_IN", facility.ref, ref, 0.65);
    }
    if (/\b(built|produced|made|assembled|manufactured)\s+at\s+$/i.test(text.slice(0, match.index!).replace(/(its|the|their|a)\s+(\w+\s+)?$/i, ""))) {
      const product = [...memory.drafts].reverse().find((d) => d.label === "Vehicle");
      if (product) fact("PRODUCES", facility.ref, product.ref, 0.5);
    }
  }
  const sentenceFacility = [...seenFacilities].at(-1);

  // Products: noun phrases ending in a vehicle noun ("pure electric trucks", "NEV products") and model
  // names ("NP6"), in a sentence that says they were developed, launched, shown or sold.
  const productVerb = /\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|building|design|designed|sells?|sold|introduce[sd]?|debut(ed)?|showcased?|brought|exported|received|certified|offers?|rolled out)\b/i.test(text);
  const maker = companies[0] ?? subject ?? memory.focusCompany();
  if (productVerb && maker) {
    const phrases: { name: string; start: number; end: number; model: boolean }[] = [];
    for (const match of text.matchAll(PRODUCT_PHRASE)) {
      const after = text.slice(match.index! + match[0].length);
      if (/^\s+(?!for|in|to|with|that|which|and|at|on|from|is|are|was|were|will|has|have|across|into|specifically|developed|built|made)[a-z]/.test(after)) continue;
      if (/^(commercial|light commercial|new energy) vehicles?$/i.test(match[0])) continue;
      if (/\b(of|manufacture|make|makers? of)\s+(heavy, medium and |the )?$/i.test(text.slice(0, match.index!))) continue;
      phrases.push({ name: match[0].replace(/^(new|the|a|an|two|three|several)\s+/i, ""), start: match.index!, end: match.index! + match[0].length, model: false });
    }
    for (const match of text.matchAll(/\b([A-Z]{1,4}\d{1,4}[A-Z]?)\b/g)) phrases.push({ name: match[1], start: match.index!, end: match.index! + match[1].length, model: true });
    for (const phrase of phrases.sort((a, b) => a.start - b.start)) {
      const existing = memory.drafts.find((d) => d.label === "Vehicle" && d.name.toLowerCase() === phrase.name.toLowerCase() && (phrase.model || d.sentence === ctx.sentence.index));
      const vehicle = existing ?? draft("Vehicle", phrase.name, { kind: phrase.model ? "MODEL" : "PRODUCT_LINE" }, {}, 0.5);
      if (/\b(develop|developed|developing|launch|launched|unveil|unveiled|produce|produced|build|building|design|designed|mastered|debuted|brought)\b/i.test(text)) fact("DEVELOPS", maker, vehicle.ref, 0.6);
      const rest = text.slice(phrase.end);
      const forMarket = rest.match(/^[^.;]*?\bfor (?:the )?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)(?: markets?)?\b/u);
      const target = forMarket ? targetMarkets(ctx, new Set()).find((market) => market.name === forMarket[1] || DEMONYMS[forMarket[1].toLowerCase()] === market.name) : undefined;
      if (target) fact("TARGETS_MARKET", vehicle.ref, target.ref, 0.55);
      if (/\b(sells?|sold|put into operation|exported|available)\b[^.;]*\b(in|to)\b/i.test(text)) {
        for (const { ref, mention } of of(ctx, "Market")) if (mention.start > ctx.sentence.start + phrase.end) fact("SELLS_IN", vehicle.ref, ref, 0.5);
      }
      const sells = text.match(/\bsells?\b[^.;]*?\bin ([A-Z][\w ]+)/);
      const soldIn = sells ? of(ctx, "Market").find(({ mention }) => sells[1].startsWith(mention.text)) : undefined;
      if (soldIn) fact("SELLS_IN", maker, soldIn.ref, 0.6);
    }
  }

  // Dated happenings: a launch or debut ("NP6 launched in Europe on January 26, 2021") and the start
  // of a partnership ("the partnership set up ... in September 2017"), each an event with its date.
  const happening = text.match(/\b(launched|debuted|unveiled|premiered|(?:was |were )?(?:set up|established|formed|founded|started))\b/i);
  const atAnEvent = /\b(?:at|during)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,5}(?:Expo|Show|Fair|Summit|Exhibition|Conference|Forum|Week|\d{4}|exhibition|expo|show|trade fair|fair|summit|conference)\b/.test(text);
  if (happening && !(atAnEvent && !/set up|established|formed|founded|started/i.test(happening[1])) && dates.length && (subject || companies.length || memory.focusCompany())) {
    const actor = companies[0] ?? subject ?? memory.focusCompany()!;
    const isStart = /set up|established|formed|founded|started/i.test(happening[1]);
    const date = dates.find((d) => d.start > happening.index!) ?? dates[0];
    const event = draft("Event", `${isStart ? "start" : happening[1].toLowerCase()} (${date.text})`, { kind: isStart ? "PARTNERSHIP_START" : "LAUNCH" }, { date: { value: date.value, text: date.text } }, 0.55);
    fact("PARTICIPATED_IN", actor, event.ref, 0.55);
    if (isStart) {
      const agreement = [...memory.drafts].reverse().find((d) => d.label === "Agreement");
      if (agreement) fact("CONCERNS", event.ref, agreement.ref, 0.55);
    } else {
      const product = memory.drafts.filter((d) => d.label === "Vehicle" && d.sentence === ctx.sentence.index)[0];
      if (product) fact("FEATURED", event.ref, product.ref, 0.55);
      const where = text.slice(happening.index!).match(/^\w+\s+in\s+([A-Z][\p{L}]+)/u);
      const place = where ? of(ctx, "Market").find(({ mention }) => mention.text === where[1]) : undefined;
      if (place) fact("LOCATED_IN", event.ref, place.ref, 0.55);
    }
  }

  // Sales: "sells its buses in Poland, Germany and the Czech Republic", "exported to Vietnam".
  const selling = text.match(/\b(sells?|sold|exported|exports?|available|put into operation)\b/i);
  if (selling) {
    const verbAt = ctx.sentence.start + selling.index!;
    const products = memory.drafts.filter((d) => d.label === "Vehicle" && d.sentence === ctx.sentence.index);
    const passive = /\b(is|are|be|been|was|were)\s+(also\s+)?(sold|exported|available|put into operation)/i.test(text);
    const sellers = products.length && passive ? products.map((product) => product.ref) : [companies[0] ?? subject ?? memory.focusCompany()].filter((ref): ref is string => Boolean(ref));
    // The markets listed after the verb, up to the end of that clause ("... in Mexico that are imported from China").
    const clause = text.slice(selling.index!).split(/\s+(?:that|which|where|while|but|although)\s+|;|\.\s/)[0];
    const clauseEnd = verbAt + clause.length;
    for (const seller of sellers) for (const { ref, mention } of of(ctx, "Market")) if (mention.start > verbAt && mention.end <= clauseEnd && !headquarters.has(ref)) fact("SELLS_IN", seller, ref, 0.55);
  }

  // Stated figures: money, counts with a unit, percentages.
  const figurePattern = /(?:(more than|over|about|nearly|almost|up to|at least|around|some)\s+)?(\$|€|US\$|RMB\s?|¥)?\s?(\d[\d,.]*)\s?(k|billion|million|thousand|bn|m)?\b\s*((?:[a-z-]+\s+)?(?:units|vehicles)|%|percent|countries(?: and regions)?|(?:consecutive )?years|trucks|vans|buses|cars|employees|people|workers|staff|jobs|GWh|MWh|euros|dollars|yuan)?/gi;
  for (const match of text.matchAll(figurePattern)) {
    const [whole, qualifier, currency, number, scale, unit] = match;
    if (!currency && !unit) continue;
    if (dates.some((date) => match.index! >= date.start && match.index! < date.end)) continue;
    if (/^(19|20)\d{2}$/.test(number) && !currency && !unit) continue;
    const multiplier = { k: 1e3, thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 }[(scale ?? "").toLowerCase()] ?? 1;
    const value = Number(number.replace(/,/g, "")) * multiplier;
    if (!Number.isFinite(value)) continue;
    const owner = /\b(cost|investment|invest|worth|capacity)\b/i.test(text) && sentenceFacility ? sentenceFacility.ref : (companies[0] ?? subject ?? memory.focusCompany());
    if (!owner) continue;
    const figure = draft("Figure", whole.trim(), { value, unit: currency ? currency.trim().replace("US$", "USD").replace("$", "USD") : (unit ?? "").toLowerCase(), ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}) }, {}, 0.6);
    fact("HAS_FIGURE", owner, figure.ref, 0.6);
    const market = of(ctx, "Market").find(({ mention }) => mention.start > ctx.sentence.start + match.index!);
    if (market) fact("APPLIES_TO", figure.ref, market.ref, 0.5);
  }

  // Event appearances: "at the IFAT 2022 expo", "launched at ...".
  const event = text.match(/\b(?:at|during)\s+(?:the\s+)?((?:[A-Z][\w&-]*\s+){1,5}(?:Expo|Show|Fair|Summit|Exhibition|Conference|Forum|Week|\d{4}|exhibition|expo|show|trade fair|fair|summit|conference))\b/);
  if (event && (subject || companies.length)) {
    const name = event[1].trim().replace(/\s+(exhibition|expo|show|trade fair|fair|summit|conference)$/, "");
    const existing = memory.drafts.find((d) => d.label === "Event" && d.name === name);
    const entity = existing ?? draft("Event", name, { kind: "EXPO" }, dates[0] ? { date: { value: dates[0].value, text: dates[0].text } } : {}, 0.6);
    fact("PARTICIPATED_IN", companies[0] ?? subject!, entity.ref, 0.6);
    const vehicle = memory.drafts.filter((d) => d.label === "Vehicle" && d.sentence === ctx.sentence.index).at(-1);
    if (vehicle) fact("FEATURED", entity.ref, vehicle.ref, 0.5);
    const venue = text.slice(event.index! + event[0].length).match(/^\s+in\s+([A-Z][\p{L}]+)/u);
    const place = venue ? of(ctx, "Market").find(({ mention }) => mention.text === venue[1]) : undefined;
    if (place) fact("LOCATED_IN", entity.ref, place.ref, 0.65);
  }
}
