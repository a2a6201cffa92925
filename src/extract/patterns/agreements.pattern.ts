import type { EntityDateName } from "../../model/property-types";
import { latestDraft } from "../document-memory";
import type { DraftOf, EntityValue } from "../drafts";
import { AGREEMENT_KINDS } from "../lexicon";
import { agreementStatusOf } from "../status-of";
import { dateOfPhraseAt, placeAfter, targetMarkets, type SentenceScan } from "./sentence-scan";

type AgreementKind = EntityValue<"Agreement", "kind">;

/** Kinds that make an agreement with one named party ("Foton chose CATL as its supplier" names both, "a partnership" may name one). */
const ONE_PARTY_KINDS: readonly AgreementKind[] = ["PARTNER_DESIGNATION", "SUPPLY", "PARTNERSHIP"];
const WITNESS = /\bwitness(ed|es)?\b/i;
const SIGNING = /\b(?:signed|inked)\b/i;
/** From the signing verb to the first "in <Place>" of its clause: "signed a supply agreement in Madrid". */
const SIGNING_PLACE_LEAD = /[^.;]*?\bin\s+/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first agreement phrase of the sentence and its kind. A capitalised "Partnership" mid-sentence is part of a name ("Vice President of Global Partnership"). */
function agreementPhraseIn(text: string): { phrase: RegExpMatchArray; kind: AgreementKind } | null {
  for (const [pattern, kind] of AGREEMENT_KINDS) {
    const phrase = text.match(pattern);
    if (phrase && (kind === "MOU" || phrase.index === 0 || phrase[0][0] === phrase[0][0].toLowerCase())) return { phrase, kind };
  }
  return null;
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
  for (const party of parties) scan.fact("PARTY_TO", party, agreement.ref, 0.8);
  return agreement;
}

/** Where the agreement was signed, the markets it targets and the people who witnessed it. */
function agreementDetails(scan: SentenceScan, agreement: DraftOf<"Agreement">): void {
  const signed = scan.text.match(SIGNING);
  const signedPlace = signed ? placeAfter(scan, (signed.index ?? 0) + signed[0].length, SIGNING_PLACE_LEAD) : undefined;
  if (signedPlace) {
    scan.fact("SIGNED_IN", agreement.ref, signedPlace.ref, 0.8);
    scan.excludedPlaces.add(signedPlace.ref);
  }
  for (const market of targetMarkets(scan, scan.excludedPlaces)) scan.fact("TARGETS_MARKET", agreement.ref, market.ref, 0.6);
  if (WITNESS.test(scan.text)) for (const { ref } of scan.people) scan.fact("WITNESSED", ref, agreement.ref, 0.8);
}

/**
 * Agreements: an MOU, joint venture, supply deal, partner designation, partnership or plain agreement
 * the sentence names. A definite reference ("the MOU") or an agreement of the same kind already read
 * is the same agreement; otherwise a new one is made with the named companies as parties. Its signing
 * place, target markets and witnesses follow. A sentence that names no agreement but says who
 * witnessed (a signing ceremony) adds its witnesses to the latest one.
 */
export function agreementsPattern(scan: SentenceScan): void {
  const found = agreementPhraseIn(scan.text);
  if (!found) {
    const latest = latestDraft(scan.memory, "Agreement");
    if (latest && WITNESS.test(scan.text)) for (const { ref } of scan.people) scan.fact("WITNESSED", ref, latest.ref, 0.75);
    return;
  }
  const { phrase, kind } = found;
  const definite = new RegExp(`\\b(the|this|that|its|their)\\s+(\\w+\\s+)?${escapeRegExp(phrase[0])}`, "i").test(scan.text);
  const previous = latestDraft(scan.memory, "Agreement", (draft) => draft.properties.kind === kind || definite);
  const isNew = !previous || (!definite && (scan.companies.length >= 1 || kind === "PARTNER_DESIGNATION") && previous.sentence !== scan.sentence.index);
  const parties = scan.companies.length ? scan.companies : scan.subject ? [scan.subject] : [];
  const creates = isNew && parties.length > 0 && (parties.length >= 2 || ONE_PARTY_KINDS.includes(kind));
  const agreement = creates ? newAgreement(scan, phrase, kind, parties) : previous;
  if (agreement) agreementDetails(scan, agreement);
}
