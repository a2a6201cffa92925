/**
 * The properties the loader keeps on every node and relationship besides the declared ones: ids,
 * names and lookup keys, a fact's provenance, and the bounds of a node's primary date. Declared
 * properties may not reuse these names (validateModel checks).
 */
export const STORED_PROPERTIES = {
  id: "id",
  name: "name",
  aliases: "aliases",
  nameKey: "nameKey",
  nameKeys: "nameKeys",
  documentId: "documentId",
  quote: "quote",
  start: "start",
  end: "end",
  dateStart: "dateStart",
  dateEnd: "dateEnd",
  label: "label",
  properties: "properties",
  factKey: "factKey",
  evidence: "evidence",
  documentIds: "documentIds",
  evidenceRecordedAt: "evidenceRecordedAt",
  evidencePublishers: "evidencePublishers",
  evidenceGrades: "evidenceGrades",
  evidenceValidFromStart: "evidenceValidFromStart",
  evidenceValidToEnd: "evidenceValidToEnd",
  supersededFrom: "supersededFrom",
  supersededBy: "supersededBy",
  supersededRecordedAt: "supersededRecordedAt",
  supersedingIds: "supersedingIds",
  supersedingStarts: "supersedingStarts",
  supersedingRecordedAt: "supersedingRecordedAt",
} as const;

export const STORED_PROPERTY_NAMES: ReadonlySet<string> = new Set(Object.values(STORED_PROPERTIES));

/** The provenance a fact or mention carries: its document, quote and the quote's offsets. */
export const PROVENANCE_PROPERTY_NAMES: ReadonlySet<string> = new Set([
  STORED_PROPERTIES.id,
  STORED_PROPERTIES.documentId,
  STORED_PROPERTIES.quote,
  STORED_PROPERTIES.start,
  STORED_PROPERTIES.end,
]);

/**
 * What each claim's document was when the fact was merged, one entry per claim in the order of
 * `evidence`: when it was recorded ("" when unknown), its publisher ("" when none) and its grade.
 * They let a read as of an earlier time count and grade only the claims the graph knew then.
 */
export const CLAIM_DOCUMENT_PROPERTY_NAMES = [
  STORED_PROPERTIES.evidenceRecordedAt,
  STORED_PROPERTIES.evidencePublishers,
  STORED_PROPERTIES.evidenceGrades,
] as const;

/**
 * When each claim says the fact held, one entry per claim in the order of `evidence`: the first day
 * of its validFrom ("" when it leaves the start open) and the last day of its validTo ("9999" when it
 * leaves the end open), as the as-of filter reads open bounds. They let an as-of read under knownAsOf
 * compare the validity the claims known then give (see cypher/fact-filter/known-valid-from.cypher).
 */
export const CLAIM_VALIDITY_PROPERTY_NAMES = [STORED_PROPERTIES.evidenceValidFromStart, STORED_PROPERTIES.evidenceValidToEnd] as const;

/** The per-claim lists kept beside `evidence`, each in its order: what each claim's document was and when each claim says the fact held. */
export const PER_CLAIM_PROPERTY_NAMES = [...CLAIM_DOCUMENT_PROPERTY_NAMES, ...CLAIM_VALIDITY_PROPERTY_NAMES] as const;

/**
 * What the loader keeps on a fact to merge and order its evidence: its identity key, every
 * supporting document's evidence, ids, what the loader knew of it and the validity it gives, and when a later fact
 * supersedes it. Not a fact's own properties: Relationship.properties leaves them out.
 */
export const EVIDENCE_PROPERTY_NAMES: ReadonlySet<string> = new Set([
  STORED_PROPERTIES.factKey,
  STORED_PROPERTIES.evidence,
  STORED_PROPERTIES.documentIds,
  ...PER_CLAIM_PROPERTY_NAMES,
  STORED_PROPERTIES.supersededFrom,
  STORED_PROPERTIES.supersededBy,
  STORED_PROPERTIES.supersededRecordedAt,
  STORED_PROPERTIES.supersedingIds,
  STORED_PROPERTIES.supersedingStarts,
  STORED_PROPERTIES.supersedingRecordedAt,
]);

/** A date is stored flattened: `<name>` holds the EDTF value, `<name>_<part>` the rest. */
export const DATE_PARTS = ["precision", "start", "end", "text", "inferred"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export function datePartName(name: string, part: DatePart): string {
  return `${name}_${part}`;
}

/** Every node carries this label besides its own, so that an id finds any node through one constraint. */
export const ANY_NODE_LABEL = "Node";
