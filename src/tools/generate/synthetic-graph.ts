import { FACT_PROPERTY } from "../../ingest/fact-origin";
import { parseEdtfDate } from "../../model/edtf-date";
import { NodeLabel, RelationshipType } from "../../model/graph-model";
import { AGREEMENT_KIND, AGREEMENT_STATUS } from "../../model/labels/agreement.label";
import { type MARKET_KIND } from "../../model/labels/market.label";
import type { ValueOf } from "../../model/property-types";
import { type PARTY_ROLE } from "../../model/relationships";
import { datePartName, STORED_PROPERTIES as S } from "../../model/stored-properties";
import { nameKey } from "../../model/name-key";
import { Random } from "./random";

type AgreementKind = ValueOf<{ type: typeof AGREEMENT_KIND }>;
type MarketKind = ValueOf<{ type: typeof MARKET_KIND }>;

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

const SYLLABLES = [
  "an",
  "bel",
  "cor",
  "dra",
  "el",
  "fon",
  "gar",
  "hel",
  "ix",
  "jor",
  "kal",
  "lum",
  "mar",
  "nor",
  "or",
  "pra",
  "qui",
  "ros",
  "sol",
  "tar",
  "ul",
  "ven",
  "wex",
  "yor",
  "zan",
];
const AGREEMENT_KINDS = Object.keys(AGREEMENT_KIND.values) as AgreementKind[];
const STATUSES = Object.keys(AGREEMENT_STATUS.values) as ValueOf<{ type: typeof AGREEMENT_STATUS }>[];
const SIGNATORY: ValueOf<{ type: typeof PARTY_ROLE }> = "SIGNATORY";
const TITLES = [
  "CEO",
  "Chairman",
  "Chief Technology Officer",
  "Vice President",
  "President of Truck Business Unit",
  "Director of Sales",
  "Chief Supply Chain Officer",
];
const MARKET_KINDS: MarketKind[] = ["REGION", "COUNTRY", "STATE", "CITY"];

function word(random: Random, parts: number): string {
  let text = "";
  for (let i = 0; i < parts; i += 1) text += random.pick(SYLLABLES);
  return text[0].toUpperCase() + text.slice(1);
}

function named(label: NodeLabel, id: string, name: string, extra: Record<string, unknown> = {}): SyntheticNode {
  const key = nameKey(name);
  return { label, properties: { id, name, nameKey: key, nameKeys: [key], aliases: [], synthetic: true, ...extra } };
}

const VALID_FROM = FACT_PROPERTY.validFrom;

/** The same date under several names (a fact's own date and the validity bound read from it). */
function datedAs(names: string[], value: string): Record<string, unknown> {
  return Object.assign({}, ...names.map((name) => dated(name, value))) as Record<string, unknown>;
}

function dated(name: string, value: string): Record<string, unknown> {
  const date = parseEdtfDate(value)!;
  return {
    [name]: date.value,
    [datePartName(name, "precision")]: date.precision,
    [datePartName(name, "start")]: date.start,
    [datePartName(name, "end")]: date.end,
    [datePartName(name, "text")]: null,
    [datePartName(name, "inferred")]: false,
    [S.dateStart]: date.start,
    [S.dateEnd]: date.end,
  };
}

const id = (prefix: string, n: number) => `${prefix}:syn-${n}`;

/** Builds the synthetic graph one family at a time; every relationship gets provenance pointing at the one synthetic document. */
class SyntheticGraphBuilder {
  readonly nodes: SyntheticNode[] = [
    {
      label: NodeLabel.Document,
      properties: {
        id: SYNTHETIC_DOCUMENT_ID,
        name: "Synthetic graph",
        nameKey: "synthetic graph",
        nameKeys: ["synthetic graph"],
        title: "Synthetic graph",
        text: SOURCE_TEXT,
        synthetic: true,
      },
    },
  ];
  readonly relationships: SyntheticRelationship[] = [];

  constructor(
    private readonly random: Random,
    private readonly size: Record<keyof typeof SCALE_ONE, number>,
  ) {}

  private link(type: RelationshipType, from: string, to: string, properties: Record<string, unknown> = {}): void {
    const provenance = { [S.documentId]: SYNTHETIC_DOCUMENT_ID, [S.quote]: SOURCE_TEXT, [S.start]: 0, [S.end]: SOURCE_TEXT.length };
    this.relationships.push({ type, from, to, properties: { id: `rel:syn-${this.relationships.length + 1}`, ...provenance, synthetic: true, ...properties } });
  }

  markets(): void {
    const { random } = this;
    for (let i = 0; i < this.size.markets; i += 1) {
      const kind = i < 8 ? "REGION" : MARKET_KINDS[1 + (i % 3)];
      this.nodes.push(named(NodeLabel.Market, id("market", i), `${word(random, 2)} ${kind.toLowerCase()} ${i}`, { kind }));
      if (i >= 8) this.link(RelationshipType.PART_OF, id("market", i), id("market", random.int(Math.min(i, i < 100 ? 8 : 100))));
    }
  }

  companies(): void {
    const { random, size } = this;
    for (let i = 0; i < size.companies; i += 1) {
      this.nodes.push(
        named(NodeLabel.Company, id("company", i), `${word(random, 2)} ${word(random, 1)} Motor ${i}`, { kind: i % 10 === 0 ? "GROUP" : "MANUFACTURER" }),
      );
      this.link(RelationshipType.HEADQUARTERED_IN, id("company", i), id("market", random.skewed(size.markets)));
      if (i > 0 && i % 5 === 0)
        this.link(i % 10 === 0 ? RelationshipType.BRAND_OF : RelationshipType.DIVISION_OF, id("company", i), id("company", random.skewed(i, 2)));
      for (let m = 0; m < 3; m += 1) this.link(RelationshipType.SELLS_IN, id("company", i), id("market", random.skewed(size.markets)));
    }
  }

  people(): void {
    const { random, size } = this;
    for (let i = 0; i < size.people; i += 1) {
      this.nodes.push(named(NodeLabel.Person, id("person", i), `${word(random, 2)} ${word(random, 3)} ${i}`));
      this.link(RelationshipType.HOLDS_POSITION, id("person", i), id("company", random.skewed(size.companies)), {
        title: random.pick(TITLES),
        // A position holds from its asOf (the model's validity rule for HOLDS_POSITION), so as-of queries have dates to compare.
        ...datedAs(["asOf", VALID_FROM], `${2015 + random.int(10)}`),
      });
    }
  }

  vehicles(): void {
    const { random, size } = this;
    for (let i = 0; i < size.vehicles; i += 1) {
      const name = `${word(random, 2)} ${i}`;
      const powertrain = random.pick(["ELECTRIC", "DIESEL", "HYBRID"]);
      this.nodes.push(named(NodeLabel.Vehicle, id("vehicle", i), name, { kind: i % 20 === 0 ? "PLATFORM" : "MODEL", powertrain }));
      this.link(RelationshipType.DEVELOPS, id("company", random.skewed(size.companies)), id("vehicle", i));
      if (i % 20 !== 0) this.link(RelationshipType.BASED_ON, id("vehicle", i), id("vehicle", 20 * random.int(Math.ceil(size.vehicles / 20))));
    }
  }

  agreements(): void {
    const { random, size } = this;
    for (let i = 0; i < size.agreements; i += 1) {
      const year = 2000 + random.int(25);
      const month = 1 + random.int(12);
      const value = random.next() < 0.5 ? `${year}` : `${year}-${String(month).padStart(2, "0")}`;
      const agreementId = id("agreement", i);
      const name = `${random.pick(AGREEMENT_KINDS)} ${word(random, 2)} ${i}`;
      const properties = { kind: random.pick(AGREEMENT_KINDS), status: random.pick(STATUSES), ...dated("signedOn", value) };
      this.nodes.push(named(NodeLabel.Agreement, agreementId, name, properties));
      const first = random.skewed(size.companies);
      let second = random.skewed(size.companies);
      if (second === first) second = (first + 1) % size.companies;
      for (const party of [first, second]) this.link(RelationshipType.PARTY_TO, id("company", party), agreementId, { role: SIGNATORY });
      this.link(RelationshipType.TARGETS_MARKET, agreementId, id("market", random.skewed(size.markets)));
      this.link(RelationshipType.SIGNED_IN, agreementId, id("market", random.skewed(size.markets)));
      this.link(RelationshipType.COVERS, agreementId, id("vehicle", random.int(size.vehicles)));
      for (let w = 0; w < 2; w += 1) this.link(RelationshipType.WITNESSED, id("person", random.int(size.people)), agreementId, { delegation: "synthetic" });
    }
  }
}

/**
 * Makes a graph of the product's model at a given scale, the same for the same seed: companies,
 * people with positions, agreements with parties, witnesses, target markets and covered vehicles,
 * vehicles with developers, and a market hierarchy. Endpoints are drawn with a skew, so a few hubs
 * hold many relationships and most nodes few, as in real corporate graphs. Every relationship
 * carries provenance pointing at one synthetic document.
 */
export function syntheticGraph(scale: number, seed: number): { nodes: SyntheticNode[]; relationships: SyntheticRelationship[] } {
  const count = (n: number) => Math.max(2, Math.round(n * scale));
  const size = {
    companies: count(SCALE_ONE.companies),
    people: count(SCALE_ONE.people),
    agreements: count(SCALE_ONE.agreements),
    vehicles: count(SCALE_ONE.vehicles),
    markets: count(SCALE_ONE.markets),
  };
  const builder = new SyntheticGraphBuilder(new Random(seed), size);
  builder.markets();
  builder.companies();
  builder.people();
  builder.vehicles();
  builder.agreements();
  return { nodes: builder.nodes, relationships: builder.relationships };
}
