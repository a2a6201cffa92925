import type { EntityLabel, FactRelationshipType } from "../model/graph-model";
import type { FactsFile } from "../model/facts-file";

/** An entity already in the graph, as resolution sees it. */
export interface KnownEntity {
  id: string;
  /** The graph's label, as stored; resolution only uses those that name mentions. */
  label: string;
  name: string;
  nameKeys: string[];
}

/** Finds the graph's entities that have any of these name keys. */
export type EntityLookup = (keys: string[]) => Promise<KnownEntity[]>;

/** Which of these node ids the graph already uses, so that a new entity never takes an existing node's id. */
export type IdLookup = (ids: string[]) => Promise<string[]>;

export interface ArticleInput {
  title: string;
  text: string;
  /** EDTF date (2024-06-04, 2024-06, 2024-21, 2024) as precise as known; its first day is the reference for relative dates. Null when unknown. */
  publishedOn: string | null;
  url?: string | null;
  source?: string | null;
}

export interface ExtractedEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** True when resolution matched an entity already in the graph. */
  existing: boolean;
  confidence: number;
  quote: string;
}

export interface ExtractedFact {
  id: string;
  type: FactRelationshipType;
  from: string;
  to: string;
  confidence: number;
  quote: string;
}

export interface Extraction {
  documentId: string;
  contentHash: string;
  sentences: number;
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
  /** The same, in the facts-file form the document loader writes. */
  factsFile: FactsFile;
}

/** A fact between two nodes, by their ids (or, within an article, refs). */
export interface FactLink {
  type: string;
  from: string;
  to: string;
}

/** A facility, figure or product the graph holds near an article's companies, with its properties and facts. */
export interface KnownNeighbour {
  id: string;
  label: string;
  name: string;
  properties: Record<string, unknown>;
  facts: FactLink[];
}

/** The facilities, figures and products joined to these entities, directly or through one another. */
export type NeighbourLookup = (ids: string[]) => Promise<KnownNeighbour[]>;
