import type { EntityDateName, FactPropertiesOf } from "../../model/property-types";
import { latestDraft } from "../document-memory";
import type { DraftOf, EntityValue } from "../drafts";
import { AGREEMENT_KINDS, AGREEMENT_WORDINGS } from "../lexicon";
import { agreementStatusOf } from "../status-of";
import { dateOfPhraseAt, placeAfter, vehiclesOfSentence, type MentionRef, type SentenceScan } from "./sentence-scan";

type AgreementKind = EntityValue<"Agreement", "kind">;

/** Kinds that make an agreement with one named party ("Foton chose CATL as its supplier" names both, "a partnership" may name one). */
const ONE_PARTY_KINDS: readonly AgreementKind[] = ["PARTNER_DESIGNATION", "SUPPLY", "PARTNERSHIP"];
const WITNESS = /\bwitness(ed|es)?\b|\bin the presence of\b/i;
const SIGNING = /\b(?:signed|inked)\b/i;
/** From the signing verb to the first "in <Place>" of its clause, before any purpose: "signed a supply agreement in Madrid", not "signed a deal to build trucks in Spain". */
const SIGNING_PLACE_LEAD = /(?:(?!\b(?:to|for|across)\s)[^.;])*?\bin\s+/;
/** Words that make a sentence's agreement another one than the last: "has also agreed to supply", "Separately, ...". */
const ANOTHER = /\b(also|separately|another|second|further|new|additional)\b/i;
/** Words between a name and "signed" that make the name no signer: "Lima, who said the deal was signed". */
const SIGNER_BREAK = /[,;]|\b(?:said|says|told|who|which|that|when|after|while|announced|is|was|were|will)\b/i;
/** A sentence that opens by saying more of the agreement before it: "It covers ...", "The deal includes ...". */
const GOES_ON =
  /^\s*(?:it|the\s+(?:deal|contract|agreement|order|framework|accord|pact|licen[cs]e))(?:,[^,]*,)?\s+(?:also\s+)?(?:covers|includes|spans|involves|calls for|foresees|provides for)\b/i;
/** Generic nouns a definite reference uses for an agreement: "the agreement", "the deal", "the contract". */
const GENERIC_NOUN = /^(agreement|deal|contract|accord|pact)$/i;
/** A company named as an owner, parent or brand, not a party: "a unit of Brenner Technik AG", "controlled by ...", "Iveco Group's powertrain brand FPT". */
const OWNER_LEAD =
  /\b(?:unit|subsidiary|division|arm|part|parent|brand|affiliate)\s+of\s+$|\b(?:owned|controlled|backed|acquired)\s+by\s+$|\bthrough\s+$|['’]s\s+(?:[\w-]+\s+)?(?:brand|unit|subsidiary|division|arm)\s+$/i;
/** What a sentence with no second company may call its subject: "the Rotterdam-based group", "the company", "we". */
const SUBJECT_REFERENCE =
  /\b(?:the\s+(?:[\w-]+\s+)?(?:company|firm|group|automaker|carmaker|truck ?maker|bus ?maker|manufacturer|supplier|carrier|operator|maker)|we|our)\b/i;
/** "with" right before a company: the other side of an agreement ("a letter of intent in June with X"). */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
/** Words before a place that make it where something stands or is sold, not a market the agreement targets. */
const NOT_TARGET_LEAD =
  /\b(?:plant|plants|factory|factories|facility|facilities|site|headquarters|head office|office|offices|workshop|base|based|headquartered|located|sold|sells|sell|selling|built|assembled|made|produced|opened)\s+(?:[\w-]+\s+)?(?:in|at)\s+(?:the\s+)?$/i;
/** Words right before a place that make it a market the agreement aims at: "for Southeast Asia", "in Thailand", "across EMEA". */
const TARGET_LEAD = /\b(?:in|across|for|throughout|to|into|within|on routes in|markets? (?:of|in|like|such as))\s+(?:the\s+)?$/i;
/** A place in a list after another target: "in Spain and Portugal", "for Southeast Asia and the Middle East". */
const LIST_LEAD = /^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface AgreementPhrase {
  phrase: RegExpMatchArray;
  kind: AgreementKind;
  /** A wording with no agreement noun ("teamed up", "ordered"), which needs two parties to make an agreement. */
  verbal: boolean;
  /** Where the sentence's agreement wording starts, the first of its phrase and any other agreement wording. */
  from: number;
}

/**
 * The sentence's agreement phrase, and where its agreement wording starts: "Ferro Andino will supply
 * axles ... in Latin America, in a deal worth ..." names a deal, whose markets are read from "will
 * supply" on.
 */
function agreementPhraseIn(text: string): AgreementPhrase | null {
  const found = firstAgreementPhrase(text);
  if (!found) return null;
  const cues = AGREEMENT_WORDINGS.map(([pattern]) => text.match(pattern)?.index).filter((index): index is number => index !== undefined);
  return { ...found, from: Math.min(found.phrase.index ?? 0, ...cues) };
}

/**
 * The first agreement phrase of the sentence and its kind: an agreement noun ("MOU", "JV", "supply
 * deal"), else a wording that makes one ("teamed up with", "placed an order for"). A capitalised
 * "Partnership" mid-sentence is part of a name ("Vice President of Global Partnership"). A plain
 * agreement about supplying is a supply agreement.
 */
function firstAgreementPhrase(text: string): Omit<AgreementPhrase, "from"> | null {
  for (const [pattern, kind] of AGREEMENT_KINDS) {
    const phrase = text.match(pattern);
    if (phrase && (kind === "MOU" || phrase.index === 0 || phrase[0][0] === phrase[0][0].toLowerCase() || /^[A-Z]{2,4}s?$/.test(phrase[0])))
      return { phrase, kind: kind === "OTHER" && /\bsuppl(y|ies|ier)\b/i.test(text) ? "SUPPLY" : kind, verbal: false };
  }
  for (const [pattern, kind] of AGREEMENT_WORDINGS) {
    const phrase = text.match(pattern);
    if (phrase) return { phrase, kind, verbal: true };
  }
  return null;
}

/** True when a company mention is named as an owner or parent ("a unit of X"), not as a party. */
const isOwner = (scan: SentenceScan, { mention }: MentionRef) =>
  OWNER_LEAD.test(scan.text.slice(Math.max(0, scan.local(mention.start) - 40), scan.local(mention.start)));

/**
 * The parties of an agreement the sentence makes: its companies, owners aside; when it names one and
 * calls its subject "the group", "the company" or "we", the company that refers to comes first.
 */
function partiesOf(scan: SentenceScan): string[] {
  const named = [
    ...new Set(
      scan
        .mentionsOf("Company")
        .filter((ref) => !isOwner(scan, ref))
        .map(({ ref }) => ref),
    ),
  ];
  if (named.length >= 2) return named;
  const firstAt = scan.mentionsOf("Company")[0] ? scan.local(scan.mentionsOf("Company")[0].mention.start) : scan.text.length;
  const refersBefore = SUBJECT_REFERENCE.test(scan.text.slice(0, firstAt));
  // "His team signed a letter of intent with LITHOSUR": the one company named is the other side, the subject is the one referred to.
  const otherSide = named.length === 1 && WITH_BEFORE.test(scan.text.slice(0, firstAt));
  const referred = refersBefore || otherSide || named.length === 0 ? scan.referred : null;
  if (referred && !named.includes(referred)) return [referred, ...named];
  return named.length ? named : scan.subject ? [scan.subject] : [];
}

type PartyRole = NonNullable<FactPropertiesOf<"PARTY_TO">["role"]>;

/**
 * The part each party of a supply plays, when the wording says, the subject first: who orders, buys
 * or selects a supplier is the customer and the other the supplier; who supplies is the supplier.
 */
function rolesOf(phrase: string, kind: AgreementKind): [PartyRole, PartyRole] | null {
  if (kind !== "SUPPLY") return null;
  if (/^(?:won|received|booked)\b/i.test(phrase)) return ["SUPPLIER", "CUSTOMER"];
  if (
    /^(?:placed|places|place|placing|signed|ordered|orders?|chosen|chose|selected|selects|select|named|picked|tapped|appointed|purchase|source|sources|sourced|sourcing|buys|bought|agreed to take)\b|\b(?:buy|purchase)\b/i.test(
      phrase,
    )
  )
    return ["CUSTOMER", "SUPPLIER"];
  return /\bsuppl(?:y|ies|ied)$/i.test(phrase) ? ["SUPPLIER", "CUSTOMER"] : null;
}

/** A new agreement between the sentence's companies (or its subject), dated by the date nearest after the phrase. */
function newAgreement(scan: SentenceScan, phrase: RegExpMatchArray, kind: AgreementKind, parties: string[]): DraftOf<"Agreement"> {
  const date = dateOfPhraseAt(scan, phrase.index ?? 0);
  const dateName: EntityDateName<"Agreement"> = SIGNING.test(scan.text) ? "signedOn" : /\bannounced\b/i.test(scan.text) ? "announcedOn" : "startedOn";
  const agreement = scan.draft(
    "Agreement",
    phrase[0],
    { kind, status: agreementStatusOf(scan.text, "ANNOUNCED") },
    date ? { [dateName]: { value: date.value, text: date.text } } : {},
    0.7,
  );
  const roles = parties.length === 2 ? rolesOf(phrase[0], kind) : null;
  parties.forEach((party, index) => scan.fact("PARTY_TO", party, agreement.ref, 0.8, roles ? { role: roles[index] } : {}));
  return agreement;
}

/**
 * The places an agreement's sentence aims it at: those after the agreement phrase that follow "for",
 * "in", "across" or "to" (or are listed after such a one), but not where a plant stands, a company is
 * based or a product is sold, nor the country of a place already passed over ("Västerås, Sweden").
 */
function agreementMarkets(scan: SentenceScan, from: number): MentionRef[] {
  const targets: MentionRef[] = [];
  let last: { end: number; target: boolean } | null = null;
  for (const ref of scan.mentionsOf("Market")) {
    const start = scan.local(ref.mention.start);
    const end = scan.local(ref.mention.end);
    if (scan.excludedPlaces.has(ref.ref)) continue;
    // "The Mexico collaboration": a place that qualifies the agreement noun.
    if (end <= from && /^\s+(?:[\w-]+\s+)?$/.test(scan.text.slice(end, from)) && end > from - 30) targets.push(ref);
    if (start < from) continue;
    const before = scan.text.slice(Math.max(0, start - 48), start);
    const between: string | null = last ? scan.text.slice(last.end, start) : null;
    // "sold in Japan and across ASEAN": a place joined to the one before shares its part.
    const joined: boolean =
      between !== null && (LIST_LEAD.test(between) || /^\s*(?:,|,?\s+and|,?\s+or)\s+(?:across|in|to|throughout)\s+(?:the\s+)?$/i.test(between));
    const container: boolean = between !== null && /^,\s+(?:the\s+)?$/.test(between);
    const target: boolean = !NOT_TARGET_LEAD.test(before) && (joined ? last!.target && !container : TARGET_LEAD.test(before));
    if (target) targets.push(ref);
    last = { end, target };
  }
  return targets;
}

/**
 * The people who signed: those a "signed ... by" or "signed ... with" names after the verb, and the
 * one whose name stands right before it ("Hanbit chief executive Park Ji-hoon signed the agreement").
 */
function signatoriesOf(scan: SentenceScan): MentionRef[] {
  const signed = scan.text.match(SIGNING);
  if (!signed || signed.index === undefined) return [];
  const at = signed.index;
  return scan.people.filter(({ mention }) => {
    const start = scan.local(mention.start);
    const end = scan.local(mention.end);
    // "Anan Wattana and Sato Precision president Kenji Mori signed": the people before the verb, with their titles.
    if (end <= at) {
      const between = scan.text.slice(end, at);
      return /^\s*(?:has\s+|have\s+|had\s+|formally\s+|officially\s+)*$/.test(between) || (/^\s*and\s/.test(between) && !SIGNER_BREAK.test(between));
    }
    const lead = scan.text.slice(at, start);
    return /\b(?:by|with)\b/.test(lead) && !/\b(?:said|says|told|according)\b/.test(lead);
  });
}

/** Where the agreement was signed, the markets it targets and the people who witnessed or signed it. */
function agreementDetails(scan: SentenceScan, agreement: DraftOf<"Agreement">, from: number): void {
  const signed = scan.text.match(SIGNING);
  const signedPlace = signed ? placeAfter(scan, (signed.index ?? 0) + signed[0].length, SIGNING_PLACE_LEAD) : undefined;
  if (signedPlace) {
    scan.fact("SIGNED_IN", agreement.ref, signedPlace.ref, 0.8);
    scan.excludedPlaces.add(signedPlace.ref);
  }
  for (const market of agreementMarkets(scan, from)) scan.fact("TARGETS_MARKET", agreement.ref, market.ref, 0.6);
  const witnesses = WITNESS.test(scan.text) ? scan.people : signatoriesOf(scan);
  for (const { ref } of witnesses) scan.fact("WITNESSED", ref, agreement.ref, 0.8);
}

/** The last sentence that drafted an agreement or stated a fact about it ("The agreement was signed in Prague"). */
const lastSaidOf = (scan: SentenceScan, agreement: DraftOf<"Agreement">) =>
  Math.max(agreement.sentence, ...scan.memory.facts.filter((fact) => fact.from === agreement.ref || fact.to === agreement.ref).map((fact) => fact.sentence));

/** The parties an agreement has so far. */
const partiesTo = (scan: SentenceScan, agreement: DraftOf<"Agreement">) =>
  new Set(scan.memory.facts.filter((fact) => fact.type === "PARTY_TO" && fact.to === agreement.ref).map((fact) => fact.from));

/**
 * The agreement a definite reference means: the one of the same kind ("the joint venture"), or, for a
 * generic noun ("the agreement", "the deal"), the article's first agreement with a party the sentence
 * names (or its first at all): a story leads with its main deal and goes back to it.
 */
function referencedAgreement(scan: SentenceScan, phrase: RegExpMatchArray, kind: AgreementKind, definite: boolean): DraftOf<"Agreement"> | undefined {
  if (!definite || !GENERIC_NOUN.test(phrase[0])) return latestDraft(scan.memory, "Agreement", (draft) => draft.properties.kind === kind || definite);
  const agreements = scan.memory.drafts.filter((draft): draft is DraftOf<"Agreement"> => draft.label === "Agreement");
  return agreements.find((draft) => scan.companies.some((company) => partiesTo(scan, draft).has(company))) ?? agreements[0];
}

/** The earlier agreement a sentence with no agreement noun goes on about: all its companies are already that agreement's parties. */
function continuedAgreement(scan: SentenceScan, parties: string[]): DraftOf<"Agreement"> | undefined {
  if (ANOTHER.test(scan.text)) return undefined;
  const latest = latestDraft(scan.memory, "Agreement");
  if (!latest) return undefined;
  const existing = partiesTo(scan, latest);
  return parties.every((party) => existing.has(party)) ? latest : undefined;
}

/**
 * Agreements in any wording: an MOU, joint venture, supply deal, partner designation, cooperation,
 * partnership or plain agreement the sentence names, or a wording that makes one ("teamed up with",
 * "will jointly develop", "agreed to supply", "placed an order for ... from X"). A definite reference
 * ("the MOU", "the agreement") or a sentence whose companies are all parties of the last agreement
 * is that agreement; otherwise a new one is made with the named companies (or the company "the
 * group" or "we" refers to) as parties. Its signing place, target markets, witnesses and signatories
 * follow; the products the sentence names are what it covers (see `agreementCoversPattern`).
 */
export function agreementsPattern(scan: SentenceScan): void {
  const found = agreementPhraseIn(scan.text);
  if (!found) {
    const latest = latestDraft(scan.memory, "Agreement");
    if (latest && WITNESS.test(scan.text)) for (const { ref } of scan.people) scan.fact("WITNESSED", ref, latest.ref, 0.75);
    // "It covers up to 1,200 packs for ...": a sentence that goes on about the agreement just read.
    if (latest && lastSaidOf(scan, latest) >= scan.sentence.index - 1 && GOES_ON.test(scan.text)) {
      scan.agreement = latest;
      agreementDetails(scan, latest, 0);
    }
    return;
  }
  const { phrase, kind, verbal, from: at } = found;
  const parties = partiesOf(scan);
  if (verbal) {
    const continued = parties.length ? continuedAgreement(scan, parties) : latestDraft(scan.memory, "Agreement");
    const agreement = continued ?? (parties.length >= 2 ? newAgreement(scan, phrase, kind, parties) : undefined);
    if (agreement) {
      scan.agreement = agreement;
      agreementDetails(scan, agreement, at);
    }
    return;
  }
  const definite = new RegExp(`\\b(the|this|that|its|their)\\s+([\\w-]+\\s+){0,2}${escapeRegExp(phrase[0])}`, "i").test(scan.text);
  const previous = referencedAgreement(scan, phrase, kind, definite);
  // "also extended its contract with OHMTEK": a definite agreement with a company that is no party of the last one is another.
  const withStranger = definite && previous !== undefined && parties.length >= 2 && parties.some((party) => !partiesTo(scan, previous).has(party));
  const isNew =
    !previous || withStranger || (!definite && (scan.companies.length >= 1 || kind === "PARTNER_DESIGNATION") && previous.sentence !== scan.sentence.index);
  const creates = isNew && parties.length > 0 && (parties.length >= 2 || ONE_PARTY_KINDS.includes(kind));
  const agreement = creates ? newAgreement(scan, phrase, kind, parties) : previous;
  if (agreement) {
    scan.agreement = agreement;
    agreementDetails(scan, agreement, at);
  }
}

/**
 * What an agreement covers: the first model its sentence names, with those listed beside it ("supply
 * cells for Oyama's ERGO-e city bus", "for its e-City 12 and e-City 18 buses", "will jointly develop
 * the TX-400H, a tractor powered by the HyStack 200" covers the TX-400H only). Runs after the
 * products pattern, which drafts them.
 */
export function agreementCoversPattern(scan: SentenceScan): void {
  if (!scan.agreement) return;
  const models = vehiclesOfSentence(scan)
    .filter((vehicle) => vehicle.properties.kind === "MODEL")
    .map((vehicle) => ({ vehicle, at: scan.text.indexOf(vehicle.name) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  let end = -1;
  for (const { vehicle, at } of models) {
    const listed = end < 0 || MODEL_LIST_GAP.test(scan.text.slice(end, at));
    // "will supply its HX-220 axle to Dellmark for the T9e": what the supplied part is for is covered too.
    const forModel = FOR_MODEL.test(scan.text.slice(0, at));
    if (!listed && !forModel) continue;
    scan.fact("COVERS", scan.agreement.ref, vehicle.ref, 0.6);
    makerByRole(scan, scan.agreement, vehicle, forModel ? "CUSTOMER" : "SUPPLIER");
    end = at + vehicle.name.length;
  }
}

/**
 * Who makes a model a supply agreement covers, when nothing in the sentence said: the supplier of an
 * order ("ordered 140 buses ... covers the TB12e" is Trellund's), the customer for the model a part is
 * "for" ("cells for the Caledon E" is Carrick's).
 */
function makerByRole(scan: SentenceScan, agreement: DraftOf<"Agreement">, vehicle: DraftOf<"Vehicle">, role: PartyRole): void {
  if (scan.memory.facts.some((fact) => fact.type === "DEVELOPS" && fact.to === vehicle.ref)) return;
  const party = scan.memory.facts.find(
    (fact) => fact.type === "PARTY_TO" && fact.to === agreement.ref && "role" in fact.properties && fact.properties.role === role,
  );
  if (party) scan.fact("DEVELOPS", party.from, vehicle.ref, 0.5);
}

/** Between two models of one list, with an apposition and an adjective allowed: ", and the", ", a 12-metre model, and the articulated ". */
const MODEL_LIST_GAP = /^(?:,\s+(?:an?|the)\s+[^,;]*)?\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+|its\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;

/** What leads to the model a supplied part is for: "for the T9e", "for its Metro e12", "for the Kestova E-Liner 13". */
const FOR_MODEL = /\bfor\s+(?:the|its|their)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;
