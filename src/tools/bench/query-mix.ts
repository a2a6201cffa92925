import { modelInUse } from "../../model/model-in-use";
import { nameKeysQueries } from "../../model/name-key";
import { searchParams } from "../../repositories/graph.repository";
import { DEFAULT_RELATED_LIMIT } from "../../repositories/related-shape";

/** The ids and names a benchmark run queries, chosen for the graph it runs on. */
export interface BenchTargets {
  companyId: string;
  companyName: string;
  agreementKind: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
}

export interface MixQuery {
  name: string;
  /** Our GraphQL form. */
  ours: { query: string; variables: Record<string, unknown> };
  /** The hand-written Cypher equivalent, as a Neo4j expert would write it: a file of cypher/bench/ and its parameters. */
  floor: { cypher: string; params: Record<string, unknown> };
  /** The @neo4j/graphql form, or null where the peer cannot express the query. */
  peer: { query: string; variables: Record<string, unknown> } | null;
}

/** The date the as-of variants of the traversals ask for: the synthetic positions hold from 2015 to 2024. */
const AS_OF_VARIANTS = [
  { letter: "a", asOf: "2020", note: "" },
  { letter: "b", asOf: "2099", note: " (hides nothing)" },
];

/** What company(name:) reads: one more company than the ten it lists when several share the name. */
const NAME_CANDIDATES = 11;
/** How many nodes the neighborhood query asks for, and how many relationships a level may read (the server reads 20 per node). */
const NEIGHBORHOOD_LIMIT = 200;

/**
 * The fixed query mix of `npm run bench`: each query in our GraphQL, as hand-written Cypher (the
 * floor: cypher/bench/floor-*.cypher, the same answer with nothing more, PROFILEd with
 * `npm run bench -- --profile`) and, where it can be expressed, in @neo4j/graphql's GraphQL (the peer).
 */
export function queryMix(t: BenchTargets, nameKey: string): MixQuery[] {
  return [...baseMix(t, nameKey), ...asOfMix(t)];
}

/**
 * The as-of variants of the traversals, whose cost against queries 5 and 6 the report gives (see
 * asOfCostLines). "a" asks as of 2020, which hides about half of the synthetic positions, so the
 * traversal does less; "b" asks as of a date after every synthetic fact, so the filter is evaluated on
 * every relationship and hides none: its ratio is the filter's own cost.
 */
function asOfMix(t: BenchTargets): MixQuery[] {
  const { factTypes } = modelInUse();
  return AS_OF_VARIANTS.flatMap(({ letter, asOf, note }) => [
    {
      name: `5${letter} two-hop neighborhood, asOf ${asOf}${note}`,
      ours: {
        query: `query NeighborhoodAsOf($id: ID!, $asOf: DateInput!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}, asOf: $asOf) { truncated nodes { depth node { id label name } } edges { id sourceId targetId type } } }`,
        variables: { id: t.companyId, asOf },
      },
      floor: {
        cypher: "bench/floor-two-hop-neighborhood",
        params: { id: t.companyId, types: factTypes, limit: NEIGHBORHOOD_LIMIT, rowLimit: NEIGHBORHOOD_LIMIT * 20 },
      },
      peer: null,
    },
    {
      name: `6${letter} shortest path, asOf ${asOf}${note}`,
      ours: {
        query:
          "query ShortestPathAsOf($from: ID!, $to: ID!, $asOf: DateInput!) { shortestPath(from: $from, to: $to, maxHops: 10, asOf: $asOf) { length nodes { id } relationships { type } } }",
        variables: { from: t.pathFrom, to: t.pathTo, asOf },
      },
      floor: { cypher: "bench/floor-shortest-path", params: { from: t.pathFrom, to: t.pathTo, types: factTypes } },
      peer: null,
    },
  ]);
}

function baseMix(t: BenchTargets, nameKey: string): MixQuery[] {
  const { factTypes } = modelInUse();
  return [
    {
      name: "1 lookup by name",
      ours: { query: "query Lookup($name: String!) { company(name: $name) { id name } }", variables: { name: t.companyName } },
      floor: { cypher: "bench/floor-lookup-by-name", params: { keysQuery: nameKeysQueries([nameKey])[0], limit: NAME_CANDIDATES } },
      peer: { query: "query($name: String!) { companies(where: { name: { eq: $name } }) { id name } }", variables: { name: t.companyName } },
    },
    {
      name: "2 company > executives > positions",
      ours: {
        query: "query CompanyExecutives($id: ID!) { company(id: $id) { name executives { title person { name positions { title company { name } } } } } }",
        variables: { id: t.companyId },
      },
      floor: { cypher: "bench/floor-company-executives", params: { id: t.companyId, limit: DEFAULT_RELATED_LIMIT } },
      peer: {
        query:
          "query($id: ID!) { companies(where: { id: { eq: $id } }) { name executivesConnection { edges { properties { title } node { name positionsConnection { edges { properties { title } node { name } } } } } } } }",
        variables: { id: t.companyId },
      },
    },
    {
      name: "3 company > agreements(50, kind) > parties, markets",
      ours: {
        query:
          "query CompanyAgreements($id: ID!, $kind: String!) { agreements(first: 50, filter: { relatedTo: $id, kind: $kind }) { edges { node { name parties { company { name } } targetMarkets { name } } } } }",
        variables: { id: t.companyId, kind: t.agreementKind },
      },
      floor: { cypher: "bench/floor-company-agreements", params: { id: t.companyId, kind: t.agreementKind, limit: DEFAULT_RELATED_LIMIT } },
      peer: {
        query:
          "query($id: ID!, $kind: String!) { agreements(where: { kind: { eq: $kind }, parties: { some: { id: { eq: $id } } } }, limit: 50, sort: [{ name: ASC }]) { name parties { name } targetMarkets { name } } }",
        variables: { id: t.companyId, kind: t.agreementKind },
      },
    },
    {
      name: "4 full-text search",
      ours: { query: "query Search($text: String!) { search(text: $text, first: 20) { score node { id name } } }", variables: { text: t.searchText } },
      floor: { cypher: "bench/floor-search", params: searchParams(t.searchText, [], 20) ?? {} },
      peer: null,
    },
    {
      name: "5 two-hop neighborhood",
      ours: {
        query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) { truncated nodes { depth node { id label name } } edges { id sourceId targetId type } } }`,
        variables: { id: t.companyId },
      },
      floor: {
        cypher: "bench/floor-two-hop-neighborhood",
        params: { id: t.companyId, types: factTypes, limit: NEIGHBORHOOD_LIMIT, rowLimit: NEIGHBORHOOD_LIMIT * 20 },
      },
      peer: null,
    },
    {
      name: "6 shortest path between two people",
      ours: {
        query: "query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 10) { length nodes { id } relationships { type } } }",
        variables: { from: t.pathFrom, to: t.pathTo },
      },
      floor: { cypher: "bench/floor-shortest-path", params: { from: t.pathFrom, to: t.pathTo, types: factTypes } },
      peer: null,
    },
    {
      name: "7 agreements by market",
      ours: { query: "query AgreementsByMarket { agreementCounts(by: MARKET, first: 50) { key name count } }", variables: {} },
      floor: { cypher: "bench/floor-agreements-by-market", params: { limit: 50 } },
      peer: { query: "{ markets(limit: 50) { id name agreementsConnection { aggregate { count { nodes } } } } }", variables: {} },
    },
  ];
}
