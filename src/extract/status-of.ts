import type { EntityValue } from "./drafts";

type AgreementStatus = EntityValue<"Agreement", "status">;
type FacilityStatus = EntityValue<"Facility", "status">;

const SIGNING = /\b(signed|inked|concluded|entered into)\b/i;
const ANNOUNCING = /\b(announced|unveiled|revealed)\b/i;
const PLANNING = /\b(plans?|planning|preparing|to become|will|intends?|aims?|expected|considering|eyes|exploring|explore)\b/i;
const RUNNING = /\b(opened|operates|operating|runs|began production)\b/i;

const AGREEMENT_STATUS_BY_VERB: readonly (readonly [RegExp, AgreementStatus])[] = [
  [SIGNING, "SIGNED"],
  [ANNOUNCING, "ANNOUNCED"],
  [PLANNING, "PLANNED"],
  [RUNNING, "ESTABLISHED"],
];

/** Signing, announcing or planning words make a facility planned; only a running verb nobody qualifies makes it operating. */
const FACILITY_STATUS_BY_VERB: readonly (readonly [RegExp, FacilityStatus])[] = [
  [/\b(opened|operates|operating|runs)\b/i, "OPERATING"],
  [SIGNING, "PLANNED"],
  [ANNOUNCING, "PLANNED"],
  [PLANNING, "PLANNED"],
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
 * Whether a facility runs yet: "opened", "operates" or "runs" say it does; a signing, announcement or
 * plan says it does not; else it is planned. Typed by the model's FacilityStatus enum.
 */
export function facilityStatusOf(text: string): FacilityStatus {
  return firstMatch(text, FACILITY_STATUS_BY_VERB, "PLANNED");
}
