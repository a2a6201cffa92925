import { defineEnum, defineLabel } from "../model-spec";

export const COMPANY_KIND = defineEnum({
  name: "CompanyKind",
  description: "What sort of company it is.",
  values: {
    MANUFACTURER: "Makes vehicles or components under its own name.",
    GROUP: "A group of companies or brands.",
    BRAND: "A brand or marque of another company.",
    HOLDING: "A holding company that owns others.",
    SUPPLIER: "Supplies parts, batteries or services to manufacturers.",
    MEDIA: "A publisher or news outlet.",
  },
});

export const COMPANY = defineLabel({
  description: "A company, group, brand or holding.",
  colour: "#2563eb",
  one: "company",
  many: "companies",
  properties: {
    kind: { type: COMPANY_KIND, description: "What sort of company it is." },
    description: { type: "String", description: "How the sources describe the company.", searchable: true },
  },
  relations: {
    executives: {
      types: ["HOLDS_POSITION"],
      direction: "INCOMING",
      targets: ["Person"],
      edges: true,
      inverse: "positions",
      description: "People holding positions at this company, with their titles.",
    },
    agreements: {
      types: ["PARTY_TO"],
      direction: "OUTGOING",
      targets: ["Agreement"],
      inverse: "parties",
      description: "Agreements this company is a party to.",
    },
    parents: {
      types: ["DIVISION_OF", "BRAND_OF", "SUBSIDIARY_OF"],
      direction: "OUTGOING",
      targets: ["Company"],
      inverse: "children",
      description: "Companies this one is a division, brand or subsidiary of.",
    },
    children: {
      types: ["DIVISION_OF", "BRAND_OF", "SUBSIDIARY_OF"],
      direction: "INCOMING",
      targets: ["Company"],
      inverse: "parents",
      description: "Divisions, brands and subsidiaries of this company.",
    },
    brands: { types: ["BRAND_OF"], direction: "INCOMING", targets: ["Company"], inverse: "parents", description: "Brands of this company." },
    headquarters: {
      types: ["HEADQUARTERED_IN"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "companiesBasedHere",
      description: "Where the company is based.",
    },
    targetMarkets: {
      types: ["TARGETS_MARKET"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "companiesTargeting",
      description: "Markets the company aims at (plans to enter or grow in).",
    },
    salesMarkets: {
      types: ["SELLS_IN"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "companiesSellingHere",
      description: "Markets the company sells in.",
    },
    markets: {
      types: ["TARGETS_MARKET", "SELLS_IN"],
      direction: "OUTGOING",
      targets: ["Market"],
      inverse: "companies",
      description: "Markets the company targets or sells in, both kinds together.",
      deprecated: "Use targetMarkets or salesMarkets.",
    },
    facilities: {
      types: ["OPERATES"],
      direction: "OUTGOING",
      targets: ["Facility"],
      inverse: "operators",
      description: "Plants and other facilities the company runs or plans.",
    },
    vehicles: {
      types: ["DEVELOPS"],
      direction: "OUTGOING",
      targets: ["Vehicle"],
      inverse: "developers",
      description: "Vehicles and product lines the company develops.",
    },
    events: {
      types: ["PARTICIPATED_IN"],
      direction: "OUTGOING",
      targets: ["Event"],
      inverse: "participants",
      description: "Launches, expos and signings the company took part in.",
    },
    figures: {
      types: ["HAS_FIGURE"],
      direction: "OUTGOING",
      targets: ["Figure"],
      inverse: "subjects",
      description: "Figures the sources state about this company.",
    },
  },
});
