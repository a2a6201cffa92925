import { PER_CLAIM_PROPERTY_NAMES, STORED_PROPERTIES as S } from "../model/stored-properties";
import type { Claim } from "../ingest/fact-claims";
import { FACT_PROPERTY as F } from "../ingest/fact-origin";
import { mergeClaimValues } from "../ingest/merge-claims";
import { sourceSummary, type SourceDocument } from "../ingest/source-summary";

/** The per-claim lists a read as of an earlier time narrows to the claims known then, all in the order of `evidence`. */
const PER_CLAIM = [S.evidence, S.documentIds, ...PER_CLAIM_PROPERTY_NAMES];

/** The dates a read as of an earlier time merges again from the claims known then; a fact's other dates are its first claim's, known whenever it is. */
const KNOWN_DATES = [F.validFrom, F.validTo];

/** The distinct documents of the claims at `indices`, from the fact's parallel per-claim lists; null when the lists are not there. */
function knownDocuments(properties: Record<string, unknown>, indices: number[]): SourceDocument[] | null {
  const ids = properties[S.documentIds];
  const publishers = properties[S.evidencePublishers];
  const grades = properties[S.evidenceGrades];
  if (!Array.isArray(ids) || !Array.isArray(publishers) || !Array.isArray(grades)) return null;
  const documents = new Map<string, SourceDocument>();
  for (const index of indices) {
    const id = String(ids[index]);
    if (!documents.has(id)) documents.set(id, { id, publisher: (publishers[index] as string) || null, reliability: (grades[index] as string) || null });
  }
  return [...documents.values()];
}

/** The claims kept as JSON in `evidence`, or null when it was not read or a claim is not one the loader writes (with its dates). */
function readClaims(evidence: unknown): Claim[] | null {
  if (!Array.isArray(evidence) || evidence.length === 0) return null;
  const claims = evidence.map((text) => JSON.parse(String(text)) as Partial<Claim> | null);
  return claims.every((claim) => claim !== null && typeof claim === "object" && typeof claim.dates === "object" && claim.dates !== null)
    ? (claims as Claim[])
    : null;
}

/** Sets the merged values on `target`, leaving out those that are null as a read leaves out a missing property. */
function assignMerged(target: Record<string, unknown>, merged: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(merged)) {
    if (value === null || value === undefined) delete target[name];
    else target[name] = value;
  }
}

/**
 * A fact's stored properties as the graph knew them at `knownAsOf` (an ISO time): only the claims
 * whose documents were recorded by then stay in its evidence and per-claim lists, its source count,
 * independent source count and grade are worked out from them as the loader works them out from
 * all (see sourceSummary), and, when its evidence was read, its origin, confidence, extractor
 * version and validity are merged from them as the loader merges all (see mergeClaimValues). Its
 * provenance, recordedAt and other dates are its earliest claim's, known whenever the fact is.
 * Applied where the repositories turn relationship rows into records, so every read that takes
 * knownAsOf shows a fact alike. Counts are rewritten only where the read projected them; a fact
 * stored without the per-claim lists, or without knownAsOf, comes back as it is.
 */
export function factAsKnownAt(properties: Record<string, unknown>, knownAsOf: string | null | undefined): Record<string, unknown> {
  const recordedAt = properties[S.evidenceRecordedAt];
  if (!knownAsOf || !Array.isArray(recordedAt)) return properties;
  const known = recordedAt.flatMap((at, index) => (String(at) <= knownAsOf ? [index] : []));
  if (known.length === recordedAt.length) return properties;
  const narrowed: Record<string, unknown> = { ...properties };
  for (const name of PER_CLAIM) {
    const list = properties[name];
    if (Array.isArray(list)) narrowed[name] = known.map((index) => list[index] as unknown);
  }
  const documents = knownDocuments(properties, known);
  if (documents) for (const [name, value] of Object.entries(sourceSummary(documents))) if (name in properties) narrowed[name] = value;
  const claims = readClaims(narrowed[S.evidence]);
  if (claims) assignMerged(narrowed, mergeClaimValues(claims, KNOWN_DATES));
  return narrowed;
}
