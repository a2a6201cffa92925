/**
 * The facts-file format: what a curated `*.facts.yaml` file holds, and what the extractor produces
 * for an ingested article. Both go through the same checks (plan-document.ts) before anything is
 * written. Labels, types and property names are plain strings here because a facts file is read
 * from YAML; the checks hold them to the model.
 */

export type PropertyValue = string | number | boolean | string[];

/** A date as the source gives it: an EDTF value, the source's words, and whether part of it was inferred. */
export interface DateFact {
  value: string;
  text?: string;
  inferred?: boolean;
}

/** Character offsets of a quote in the document's text (UTF-16 code units, as String.slice counts). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface QuotedFact {
  id: string;
  properties?: Record<string, PropertyValue>;
  dates?: Record<string, DateFact>;
  /** The exact words of the article that state it. */
  quote: string;
  /** Which occurrence of the quote is meant (1-based), when the span is not given. */
  occurrence?: number;
  /** Where the quote stands, when the writer knows it (the extractor does); checked against the text. */
  span?: TextSpan;
}

export interface EntityFact extends QuotedFact {
  label: string;
  name: string;
  aliases?: string[];
}

export interface RelationshipFact extends QuotedFact {
  type: string;
  from: string;
  to: string;
}

export interface FactsFile {
  document: {
    id: string;
    file?: string;
    title: string;
    publishedOn?: DateFact;
    source?: string;
    url?: string | null;
  };
  entities: EntityFact[];
  relationships?: RelationshipFact[];
}
