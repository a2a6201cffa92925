import { datePartName, STORED_PROPERTIES as S } from "../model/stored-properties";
import { pickDate, type Claim } from "./fact-claims";
import { CONFIDENCE, CURATED, EXTRACTED, FACT_PROPERTY as F, ORIGIN } from "./fact-origin";
import type { Properties } from "./plan-document";
import { UNKNOWN_GRADE } from "./publisher-grades";
import { sourceSummary } from "./source-summary";

/** What the loader knows of each document that supports a fact. */
export interface ClaimDocument {
  id: string;
  recordedAt: string | null;
  publisher: string | null;
  reliability: string | null;
}

function byRecording(documents: Map<string, ClaimDocument>) {
  return (a: Claim, b: Claim): number => {
    const recordedA = documents.get(a.documentId)?.recordedAt ?? "";
    const recordedB = documents.get(b.documentId)?.recordedAt ?? "";
    if (recordedA !== recordedB) return recordedA < recordedB ? -1 : 1;
    if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
    return a.start - b.start;
  };
}

/** How a claim's open validity bounds are kept in the per-claim lists, as the as-of filter reads them. */
const OPEN_START = "";
const OPEN_END = "9999";

function dateValue(claim: Claim, name: string, part: "start" | "end"): string | null {
  return (claim.dates[datePartName(name, part)] as string | undefined) ?? null;
}

/** The parts of date `name` from the claim whose bound is extreme (earliest start, or latest end); null parts when none gives it. */
function boundFrom(claims: Claim[], name: string, pick: "earliest" | "latest"): Properties {
  const part = pick === "earliest" ? "start" : "end";
  const dated = claims.filter((claim) => dateValue(claim, name, part) !== null);
  const unbounded = pick === "latest" && dated.length < claims.length;
  const best = unbounded
    ? undefined
    : dated.sort((a, b) => ((dateValue(a, name, part) as string) < (dateValue(b, name, part) as string) ? -1 : 1))[pick === "earliest" ? 0 : dated.length - 1];
  return pickDate(name, best?.dates);
}

/**
 * What each claim's document was, one list per property in the order of the claims (see
 * CLAIM_DOCUMENT_PROPERTY_NAMES), and when each claim says the fact held (see
 * CLAIM_VALIDITY_PROPERTY_NAMES). Neo4j lists hold no nulls, so an unknown time or publisher is "",
 * an open start "" and an open end "9999", as the as-of filter reads open bounds.
 */
function perClaimLists(sorted: Claim[], documents: Map<string, ClaimDocument>): Properties {
  const docOf = (claim: Claim) => documents.get(claim.documentId);
  return {
    [S.evidenceRecordedAt]: sorted.map((claim) => docOf(claim)?.recordedAt ?? ""),
    [S.evidencePublishers]: sorted.map((claim) => docOf(claim)?.publisher ?? ""),
    [S.evidenceGrades]: sorted.map((claim) => docOf(claim)?.reliability ?? UNKNOWN_GRADE),
    [S.evidenceValidFromStart]: sorted.map((claim) => dateValue(claim, F.validFrom, "start") ?? OPEN_START),
    [S.evidenceValidToEnd]: sorted.map((claim) => dateValue(claim, F.validTo, "end") ?? OPEN_END),
  };
}

/**
 * What a fact takes from its claims, earliest recorded first: it is curated if any claim is (then
 * confidence 1 and no extractor version), else it takes the best confidence and the first claim's
 * extractor version; it holds from the earliest stated start until the latest stated end (open when
 * any claim leaves the end open), and takes its other dates from the first claim. The loader merges
 * every claim this way, and a read as of an earlier time merges the claims known then (see
 * factAsKnownAt), so both agree.
 */
export function mergeClaimValues(sorted: Claim[], dateNames: readonly string[]): Properties {
  const primary = sorted[0];
  const curated = sorted.some((claim) => claim.origin !== EXTRACTED);
  const merged: Properties = {
    [ORIGIN]: curated ? CURATED : EXTRACTED,
    [CONFIDENCE]: curated ? 1 : Math.max(...sorted.map((claim) => claim.confidence ?? 0)),
    [F.extractorVersion]: curated ? null : (primary.extractorVersion ?? null),
  };
  for (const name of dateNames) {
    if (name === F.validFrom) Object.assign(merged, boundFrom(sorted, name, "earliest"));
    else if (name === F.validTo) Object.assign(merged, boundFrom(sorted, name, "latest"));
    else Object.assign(merged, pickDate(name, primary.dates));
  }
  return merged;
}

/**
 * One fact's stored properties from every claim that supports it. The earliest-recorded claim gives
 * the fact its id, provenance and own dates, so that a fact keeps its id as documents are added; the
 * others add evidence. Its origin, confidence and validity are merged from every claim (see
 * mergeClaimValues); it counts its documents and distinct publishers, and takes the best grade among
 * them. Beside each claim's evidence it keeps when its document was recorded, its publisher, grade
 * and the validity it gives, so that a read as of an earlier time can count, grade and date only the
 * claims known then.
 */
export function mergeClaims(claims: Claim[], documents: Map<string, ClaimDocument>, dateNames: string[]): Properties {
  const sorted = [...claims].sort(byRecording(documents));
  const primary = sorted[0];
  const docs = [...new Set(sorted.map((claim) => claim.documentId))].map(
    (id) => documents.get(id) ?? { id, recordedAt: null, publisher: null, reliability: null },
  );
  return {
    [S.id]: primary.claim,
    [S.documentId]: primary.documentId,
    [S.quote]: primary.quote,
    [S.start]: primary.start,
    [S.end]: primary.end,
    ...mergeClaimValues(sorted, dateNames),
    [F.recordedAt]:
      docs
        .map((doc) => doc.recordedAt)
        .filter((at): at is string => at !== null)
        .sort()[0] ?? null,
    ...sourceSummary(docs),
    [S.evidence]: sorted.map((claim) => JSON.stringify(claim)),
    [S.documentIds]: sorted.map((claim) => claim.documentId),
    ...perClaimLists(sorted, documents),
  };
}
