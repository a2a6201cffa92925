import { STORED_PROPERTIES as S } from "../../model/stored-properties";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a fact comes from: the document and the exact quote, with its offsets in the document's text." })
export class Provenance {
  @Field({ description: "The id of the document the quote is taken from." })
  documentId: string;

  @Field({ description: "The exact words of the document that state the fact." })
  quote: string;

  @Field(() => Int, { description: "Offset of the quote's first character in Document.text (UTF-16 code units, as String.slice counts)." })
  start: number;

  @Field(() => Int, { description: "Offset just past the quote's last character." })
  end: number;
}

/** The provenance carried by a fact's properties, or null for a fact without one. */
export function readProvenance(properties: Record<string, unknown>): Provenance | null {
  const documentId = properties[S.documentId];
  const quote = properties[S.quote];
  if (typeof documentId !== "string" || typeof quote !== "string") return null;
  return Object.assign(new Provenance(), { documentId, quote, start: properties[S.start] as number, end: properties[S.end] as number });
}

/**
 * Every document's evidence for a fact, earliest recorded first: the claims the loader merged into
 * it (see src/ingest/merge-claims.ts). A fact stored before evidence was kept has its one provenance.
 */
export function readEvidence(properties: Record<string, unknown>): Provenance[] {
  const evidence = properties[S.evidence];
  if (!Array.isArray(evidence)) {
    const single = readProvenance(properties);
    return single ? [single] : [];
  }
  return evidence.map((text) => parseProvenance(String(text)));
}

/** A Provenance from the JSON of a stored claim or mention (the loader keeps evidence as JSON strings). */
export function parseProvenance(text: string): Provenance {
  const { documentId, quote, start, end } = JSON.parse(text) as Provenance;
  return Object.assign(new Provenance(), { documentId, quote, start, end });
}
