import { CLAIM_DOCUMENT_PROPERTY_NAMES, STORED_PROPERTIES as S } from "../model/stored-properties";
import { sourceSummary, type SourceDocument } from "../ingest/source-summary";

/** The per-claim lists a read as of an earlier time narrows to the claims known then, all in the order of `evidence`. */
const PER_CLAIM = [S.evidence, S.documentIds, ...CLAIM_DOCUMENT_PROPERTY_NAMES];

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

/**
 * A fact's stored properties as the graph knew them at `knownAsOf` (an ISO time): only the claims
 * whose documents were recorded by then stay in its evidence, and its source count, independent
 * source count and grade are worked out from them as the loader works them out from all (see
 * sourceSummary). Its provenance and recordedAt are its earliest claim's, known whenever the fact
 * is. Applied where the repositories turn relationship rows into records, so every read that takes
 * knownAsOf shows a fact alike. Only the properties the read projected are rewritten; a fact stored
 * without the per-claim lists, or without knownAsOf, comes back as it is.
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
  return narrowed;
}
