import type { GraphModelSpec } from "../model/model-spec";
import { CONFLICT_LABEL, CONFLICT_PROPERTY } from "../model/conflict";
import { viewOf } from "../model/model-view";
import { ANY_NODE_LABEL, STORED_PROPERTIES as S } from "../model/stored-properties";
import { renderCypher } from "./cypher-library";

/** What an index or constraint is, in the terms `SHOW INDEXES` and `SHOW CONSTRAINTS` use, so the two can be compared. */
export interface SchemaDefinition {
  kind: "constraint" | "index";
  type: "UNIQUENESS" | "RANGE" | "FULLTEXT";
  entityType: "NODE" | "RELATIONSHIP";
  labelsOrTypes: string[];
  properties: string[];
  analyzer?: string;
}

export interface ExistingSchemaItem extends SchemaDefinition {
  name: string;
}

export interface SchemaItem extends SchemaDefinition {
  name: string;
  /** The statement that creates it (IF NOT EXISTS). */
  create: string;
}

/** The full-text analyzers the schema uses; only these reach a statement. */
const ANALYZERS = { search: "standard-folding", exactKeys: "keyword" } as const;

/** The index names the queries in cypher/ use. */
export const SEARCH_INDEX = "node_search";
export const NAME_KEYS_INDEX = "node_name_keys";

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** A property unique among the nodes of a label (an id, a content hash). */
function uniqueConstraint(label: string, property: string): SchemaItem {
  const name = `${snake(label)}_${snake(property)}`;
  const create = renderCypher("schema/create-node-unique-constraint", { name, label, property });
  return { name, kind: "constraint", type: "UNIQUENESS", entityType: "NODE", labelsOrTypes: [label], properties: [property], create };
}

/** A unique id among the relationships of a type. */
function relationshipIdConstraint(type: string): SchemaItem {
  const name = `${snake(type)}_id`;
  const create = renderCypher("schema/create-relationship-id-constraint", { name, type });
  return { name, kind: "constraint", type: "UNIQUENESS", entityType: "RELATIONSHIP", labelsOrTypes: [type], properties: [S.id], create };
}

function rangeIndex(label: string, property: string): SchemaItem {
  const name = `${snake(label)}_${snake(property)}`;
  return {
    name,
    kind: "index",
    type: "RANGE",
    entityType: "NODE",
    labelsOrTypes: [label],
    properties: [property],
    create: renderCypher("schema/create-range-index", { name, label, property }),
  };
}

function fulltextIndex(name: string, labels: string[], properties: string[], analyzer: string): SchemaItem {
  const text = renderCypher("schema/create-fulltext-index", {
    name,
    labels: labels.join("|"),
    properties: properties.map((property) => `n.${property}`).join(", "),
    analyzer,
  });
  return { name, kind: "index", type: "FULLTEXT", entityType: "NODE", labelsOrTypes: labels, properties, analyzer, create: text };
}

/**
 * The constraints and indexes a model needs: a unique id for every node label and relationship
 * type (and for every node, through the Node label), a uniqueness constraint on each property declared
 * `unique`, range indexes on lookup keys, primary-date bounds and properties declared `indexed`, and the two full-text indexes over every label — one on
 * names and searchable properties, one on exact name keys. Adding a label to the model adds it to
 * all of these.
 */
export function graphSchema(model: GraphModelSpec): SchemaItem[] {
  const view = viewOf(model);
  const items = [ANY_NODE_LABEL, ...view.labels].map((label) => uniqueConstraint(label, S.id));
  items.push(...view.relationshipTypes.map(relationshipIdConstraint));
  items.push(rangeIndex(ANY_NODE_LABEL, S.nameKey), rangeIndex(ANY_NODE_LABEL, S.dateStart));
  items.push(uniqueConstraint(CONFLICT_LABEL, S.id), rangeIndex(CONFLICT_LABEL, CONFLICT_PROPERTY.subjectId));
  for (const label of view.labels) {
    for (const [property, spec] of Object.entries(view.propertiesOf(label))) {
      if (spec.unique) items.push(uniqueConstraint(label, property));
      else if (spec.indexed) items.push(rangeIndex(label, property));
    }
  }
  items.push(fulltextIndex(SEARCH_INDEX, view.labels, [S.name, S.aliases, ...view.searchableProperties()], ANALYZERS.search));
  items.push(fulltextIndex(NAME_KEYS_INDEX, view.labels, [S.nameKeys], ANALYZERS.exactKeys));
  const names = items.map((item) => item.name);
  const clashing = names.filter((name, index) => names.indexOf(name) !== index);
  if (clashing.length) throw new Error(`Two labels or relationship types give the same schema name (${clashing.join(", ")}); rename one in the model.`);
  return items;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

/** Whether an existing index or constraint is the one the model asks for. */
export function matchesDefinition(existing: SchemaDefinition, wanted: SchemaDefinition): boolean {
  return (
    existing.kind === wanted.kind &&
    existing.type === wanted.type &&
    existing.entityType === wanted.entityType &&
    sameSet(existing.labelsOrTypes, wanted.labelsOrTypes) &&
    sameSet(existing.properties, wanted.properties) &&
    (wanted.analyzer === undefined || existing.analyzer === wanted.analyzer)
  );
}

/**
 * Reads a row of `SHOW CONSTRAINTS` or `SHOW INDEXES` into graphSchema's terms. Neo4j names a
 * uniqueness constraint UNIQUENESS or RELATIONSHIP_UNIQUENESS in Cypher 5, and NODE_PROPERTY_UNIQUENESS
 * or RELATIONSHIP_PROPERTY_UNIQUENESS in Cypher 25; entityType tells node from relationship anyway.
 */
export function readSchemaRow(kind: SchemaDefinition["kind"], row: Record<string, unknown>): ExistingSchemaItem {
  const type = String(row.type);
  return {
    name: String(row.name),
    kind,
    type: (type.endsWith("UNIQUENESS") ? "UNIQUENESS" : type) as SchemaDefinition["type"],
    entityType: row.entityType as SchemaDefinition["entityType"],
    labelsOrTypes: (row.labelsOrTypes as string[] | null) ?? [],
    properties: (row.properties as string[] | null) ?? [],
    analyzer: typeof row.analyzer === "string" ? row.analyzer : undefined,
  };
}

/** Constraints the model names but the database defines otherwise; applySchema leaves dropping them to a person. */
export class StaleConstraintError extends Error {
  constructor(readonly constraints: ExistingSchemaItem[]) {
    super(
      `The database has constraints that the model defines otherwise: ${constraints.map((item) => item.name).join(", ")}. ` +
        `Check that no duplicates would slip in, then run ${constraints.map((item) => `DROP CONSTRAINT ${item.name};`).join(" ")} and start again.`,
    );
    this.name = "StaleConstraintError";
  }
}

/**
 * What to drop before creating the model's schema: every index or constraint that has the name of
 * one the model asks for but another definition (a full-text index made before a label was added,
 * say). `IF NOT EXISTS` alone would keep the stale one and search would miss the new label silently.
 */
export function staleSchemaItems(wanted: SchemaItem[], existing: ExistingSchemaItem[]): ExistingSchemaItem[] {
  const byName = new Map(existing.map((item) => [item.name, item]));
  return wanted.flatMap((item) => {
    const found = byName.get(item.name);
    return found && !matchesDefinition(found, item) ? [found] : [];
  });
}
