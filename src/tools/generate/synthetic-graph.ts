import { parseEdtfDate } from "../../model/edtf-date";
import { NodeLabel, RelationshipType } from "../../model/graph-model";
import { nameKey } from "../../model/name-key";
import { Random } from "./random";

export interface SyntheticNode {
  label: NodeLabel;
  properties: Record<string, unknown>;
}

export interface SyntheticRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** How many of each thing scale 1 has; other scales multiply these. */
export const SCALE_ONE = {
  companies: 10_000,
  people: 50_000,
  agreements: 30_000,
  vehicles: 20_000,
  markets: 2_000,
} as const;

export const SYNTHETIC_DOCUMENT_ID = "document:synthetic";
const SOURCE_TEXT = "Synthetic graph written by npm run generate for measuring; it states nothing about the real world.";

const SYLLABLES = ["an", "bel", "cor", "dra", "el", "fon", "gar", "hel", "ix", "jor", "kal", "lum", "mar", "nor", "or", "pra", "qui", "ros", "sol", "tar", "ul", "ven", "wex", "yor", "zan"];
const AGREEMENT_KINDS = ["MOU", "DEVELOPMENT_AGREEMENT", "PARTNERSHIP", "JOINT_VENTURE", "PARTNER_DESIGNATION", "SUPPLY", "COOPERATION"];
const STATUSES = ["SIGNED", "PLANNED", "EXPLORING", "ANNOUNCED", "ESTABLISHED"];
const TITLES = ["CEO", "Chairman", "Chief Technology Officer", "Vice President", "President of Truck Business Unit", "Director of Sales", "Chief Supply Chain Officer"];
const MARKET_KINDS = ["REGION", "COUNTRY", "STATE", "CITY"];

function word(random: Random, parts: number): string {
  let text = "";
  for (let i = 0; i < parts; i += 1) text += random.pick(SYLLABLES);
  return text[0].toUpperCase() + text.slice(1);
}

function named(label: NodeLabel, id: string, name: string, extra: Record<string, unknown> = {}): SyntheticNode {
  const key = nameKey(name);
  return { label, properties: { id, name, nameKey: key, nameKeys: [key], aliases: [], synthetic: true, ...extra } };
}

function dated(name: string, value: string): Record<string, unknown> {
  const date = parseEdtfDate(value)!;
  return {
    [name]: date.value,
    [`${name}_precision`]: date.precision,
    [`${name}_start`]: date.start,
    [`${name}_end`]: date.end,
    [`${name}_text`]: null,
    [`${name}_inferred`]: false,
    dateStart: date.start,
    dateEnd: date.end,
  };
}

/**
 * Makes a graph of the product's model at a given scale, the same for the same seed: companies,
 * people with positions, agreements with parties, witnesses, target markets and covered vehicles,
 * vehicles with developers, and a market hierarchy. Endpoints are drawn with a skew, so a few hubs
 * hold many relationships and most nodes few, as in real corporate graphs. Every relationship
 * carries provenance pointing at one synthetic document.
 */
export function syntheticGraph(scale: number, seed: number): { nodes: SyntheticNode[]; relationships: SyntheticRelationship[] } {
  const random = new Random(seed);
  const count = (n: number) => Math.max(2, Math.round(n * scale));
  const companies = count(SCALE_ONE.companies);
  const people = count(SCALE_ONE.people);
  const agreements = count(SCALE_ONE.agreements);
  const vehicles = count(SCALE_ONE.vehicles);
  const markets = count(SCALE_ONE.markets);
  const id = (prefix: string, n: number) => `${prefix}:syn-${n}`;
  const nodes: SyntheticNode[] = [
    {
      label: NodeLabel.Document,
      properties: { id: SYNTHETIC_DOCUMENT_ID, name: "Synthetic graph", nameKey: "synthetic graph", nameKeys: ["synthetic graph"], title: "Synthetic graph", text: SOURCE_TEXT, synthetic: true },
    },
  ];
  const relationships: SyntheticRelationship[] = [];
  let relationshipCount = 0;
  const link = (type: RelationshipType, from: string, to: string, properties: Record<string, unknown> = {}) => {
    relationshipCount += 1;
    relationships.push({
      type,
      from,
      to,
      properties: { id: `rel:syn-${relationshipCount}`, documentId: SYNTHETIC_DOCUMENT_ID, quote: SOURCE_TEXT, start: 0, end: SOURCE_TEXT.length, synthetic: true, ...properties },
    });
  };

  for (let i = 0; i < markets; i += 1) {
    const kind = i < 8 ? "REGION" : MARKET_KINDS[1 + (i % 3)];
    nodes.push(named(NodeLabel.Market, id("market", i), `${word(random, 2)} ${kind.toLowerCase()} ${i}`, { kind }));
    if (i >= 8) link(RelationshipType.PART_OF, id("market", i), id("market", random.int(Math.min(i, i < 100 ? 8 : 100))));
  }
  for (let i = 0; i < companies; i += 1) {
    nodes.push(named(NodeLabel.Company, id("company", i), `${word(random, 2)} ${word(random, 1)} Motor ${i}`, { kind: i % 10 === 0 ? "GROUP" : "MANUFACTURER" }));
    link(RelationshipType.HEADQUARTERED_IN, id("company", i), id("market", random.skewed(markets)));
    if (i > 0 && i % 5 === 0) link(i % 10 === 0 ? RelationshipType.BRAND_OF : RelationshipType.DIVISION_OF, id("company", i), id("company", random.skewed(i, 2)));
    for (let m = 0; m < 3; m += 1) link(RelationshipType.SELLS_IN, id("company", i), id("market", random.skewed(markets)));
  }
  for (let i = 0; i < people; i += 1) {
    nodes.push(named(NodeLabel.Person, id("person", i), `${word(random, 2)} ${word(random, 3)} ${i}`));
    link(RelationshipType.HOLDS_POSITION, id("person", i), id("company", random.skewed(companies)), { title: random.pick(TITLES), ...dated("asOf", `${2015 + random.int(10)}`) });
  }
  for (let i = 0; i < vehicles; i += 1) {
    nodes.push(named(NodeLabel.Vehicle, id("vehicle", i), `${word(random, 2)} ${i}`, { kind: i % 20 === 0 ? "PLATFORM" : "MODEL", powertrain: random.pick(["ELECTRIC", "DIESEL", "HYBRID"]) }));
    link(RelationshipType.DEVELOPS, id("company", random.skewed(companies)), id("vehicle", i));
    if (i % 20 !== 0) link(RelationshipType.BASED_ON, id("vehicle", i), id("vehicle", 20 * random.int(Math.ceil(vehicles / 20))));
  }
  for (let i = 0; i < agreements; i += 1) {
    const year = 2000 + random.int(25);
    const month = 1 + random.int(12);
    const value = random.next() < 0.5 ? `${year}` : `${year}-${String(month).padStart(2, "0")}`;
    const agreementId = id("agreement", i);
    nodes.push(named(NodeLabel.Agreement, agreementId, `${random.pick(AGREEMENT_KINDS)} ${word(random, 2)} ${i}`, { kind: random.pick(AGREEMENT_KINDS), status: random.pick(STATUSES), ...dated("signedOn", value) }));
    const first = random.skewed(companies);
    let second = random.skewed(companies);
    if (second === first) second = (first + 1) % companies;
    link(RelationshipType.PARTY_TO, id("company", first), agreementId, { role: "signatory" });
    link(RelationshipType.PARTY_TO, id("company", second), agreementId, { role: "signatory" });
    link(RelationshipType.TARGETS_MARKET, agreementId, id("market", random.skewed(markets)));
    link(RelationshipType.SIGNED_IN, agreementId, id("market", random.skewed(markets)));
    link(RelationshipType.COVERS, agreementId, id("vehicle", random.int(vehicles)));
    link(RelationshipType.WITNESSED, id("person", random.int(people)), agreementId, { delegation: "synthetic" });
    link(RelationshipType.WITNESSED, id("person", random.int(people)), agreementId, { delegation: "synthetic" });
  }
  return { nodes, relationships };
}
