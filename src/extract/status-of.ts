import type { EntityValue } from "./drafts";

type AgreementStatus = EntityValue<"Agreement", "status">;
type FacilityStatus = EntityValue<"Facility", "status">;

const SIGNING = /\b(signed|inked|concluded|entered into)\b/i;
const ANNOUNCING = /\b(announced|unveiled|revealed)\b/i;
const PLANNING = /\b(plans?|planning|preparing|to become|will|intends?|aims?|expected|considering|eyes|exploring|explore)\b/i;
const RUNNING = /\b(opened|operates|operating|runs|began production|(builds|makes|assembles|produces|manufactures) [^.;]*\bat)\b/i;

const AGREEMENT_STATUS_BY_VERB: readonly (readonly [RegExp, AgreementStatus])[] = [
  [SIGNING, "SIGNED"],
  [ANNOUNCING, "ANNOUNCED"],
  [PLANNING, "PLANNED"],
  [RUNNING, "ESTABLISHED"],
];

/** Future wording a facility is described with: "to build", "would", "under construction", "by 2026" or "by the end of 2026". */
const FUTURE =
  /\b(to (build|open|construct|set up|establish)|would|under construction|by (the (end|start|beginning|middle) of |early |late |mid-?)?([A-Z][a-z]+ )?(\d{1,2},? )?(19|20)\d{2}\b)/i;

/** Signing, announcing, planning or future words make a facility planned; only a running verb nobody qualifies makes it operating. */
const FACILITY_STATUS_BY_VERB: readonly (readonly [RegExp, FacilityStatus])[] = [
  [SIGNING, "PLANNED"],
  [ANNOUNCING, "PLANNED"],
  [PLANNING, "PLANNED"],
  [FUTURE, "PLANNED"],
  [RUNNING, "OPERATING"],
];

const firstMatch = <V>(text: string, table: readonly (readonly [RegExp, V])[], fallback: V): V =>
  table.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;

/**
 * How far an agreement has got, from the first verb family the sentence uses: signed, announced,
 * planned, or running (an established partnership). Typed by the model's AgreementStatus enum, so it
 * can only say what the model lets an agreement be.
 */
export function agreementStatusOf(text: string, fallback: AgreementStatus): AgreementStatus {
  return firstMatch(text, AGREEMENT_STATUS_BY_VERB, fallback);
}

/**
 * Whether a facility runs yet: a signing, announcement, plan or future wording ("plans", "will",
 * "expected", "to build", "by 2026") says it does not, even beside a running verb ("will be operating
 * by 2026"); else "opened", "operates", "runs", "began production" or making something at it in the
 * present ("builds the truck at its factory") say it does; else it is planned.
 * Typed by the model's FacilityStatus enum.
 */
export function facilityStatusOf(text: string): FacilityStatus {
  return firstMatch(text, FACILITY_STATUS_BY_VERB, "PLANNED");
}
