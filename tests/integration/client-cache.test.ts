import { gql, InMemoryCache, type PossibleTypesMap } from "@apollo/client";
import { isAbstractType, isInterfaceType, isObjectType, type DocumentNode, type GraphQLSchema } from "graphql";
import { introspectSchema, possibleTypesOf, recordingClient, sendAndReadBack, sharedIds, type RoundTrip } from "./support/apollo-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

/*
 * The "cache-safe ids" contract: whatever Apollo Client's normalised cache keeps under a
 * `__typename:id` must read the same from every place the answer reaches it, so reading an
 * operation back from the cache gives exactly what the network answered. Each shape below reads the
 * same entities and relationships from several perspectives in ONE operation, which is what broke
 * when Relationship carried `direction`/`node` and GraphNode carried `depth` under a global id.
 */

const RELATIONSHIP = gql`
  fragment Rel on Relationship {
    id
    type
    sourceId
    targetId
    properties
    origin
    confidence
    provenance {
      documentId
      quote
      start
      end
      document {
        id
        title
      }
    }
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
`;

const LINK = gql`
  fragment Link on RelationshipLink {
    direction
    node {
      id
      name
      label
    }
    relationship {
      ...Rel
    }
  }
  ${RELATIONSHIP}
`;

const PATH = gql`
  fragment P on Path {
    length
    nodes {
      id
      name
      label
    }
    relationships {
      ...Rel
    }
    steps {
      ...Link
    }
  }
  ${LINK}
`;

const PARTY_TO_BOTH_ENDS = gql`
  query PartyToFromBothEnds {
    company(id: "company:foton") {
      id
      name
      relationships(types: [PARTY_TO]) {
        ...Link
      }
    }
    iveco: company(id: "company:iveco-group") {
      id
      name
      relationships(types: [PARTY_TO]) {
        ...Link
      }
    }
    agreement(id: "agreement:foton-iveco-mou-2024") {
      id
      name
      relationships(types: [PARTY_TO]) {
        ...Link
      }
    }
  }
  ${LINK}
`;

const TWO_NEIGHBOURHOODS = gql`
  query TwoNeighbourhoods {
    a: neighborhood(id: "company:foton", depth: 2) {
      ...Sub
    }
    b: neighborhood(id: "company:iveco-group", depth: 2) {
      ...Sub
    }
  }
  fragment Sub on Subgraph {
    truncated
    nodes {
      depth
      node {
        id
        name
        label
        ... on Company {
          companyKind: kind
        }
        ... on Agreement {
          agreementKind: kind
          status
        }
      }
    }
    edges {
      ...Rel
    }
  }
  ${RELATIONSHIP}
`;

const PATHS_BOTH_WAYS = gql`
  query PathsBothWays {
    shortestAB: shortestPath(from: "person:gerrit-marx", to: "company:catl", maxHops: 4) {
      ...P
    }
    shortestBA: shortestPath(from: "company:catl", to: "person:gerrit-marx", maxHops: 4) {
      ...P
    }
    allAB: allShortestPaths(from: "person:gerrit-marx", to: "company:catl", maxHops: 4) {
      ...P
    }
    allBA: allShortestPaths(from: "company:catl", to: "person:gerrit-marx", maxHops: 4) {
      ...P
    }
    pagesAB: paths(from: "person:gerrit-marx", to: "company:catl", maxHops: 4, first: 3) {
      totalCount
      edges {
        cursor
        node {
          ...P
        }
      }
    }
    pagesBA: paths(from: "company:catl", to: "person:gerrit-marx", maxHops: 4, first: 3) {
      totalCount
      edges {
        cursor
        node {
          ...P
        }
      }
    }
  }
  ${PATH}
`;

const PATHS_BY_NAME = gql`
  query PathsByName {
    byId: shortestPath(from: "company:foton", to: "company:iveco-group") {
      ...P
    }
    byName: shortestPath(from: "Iveco Group", to: "Foton") {
      ...P
    }
  }
  ${PATH}
`;

const COMMON_BOTH_WAYS = gql`
  query CommonBothWays {
    ab: commonConnections(a: "company:foton", b: "company:iveco-group") {
      ...Common
    }
    ba: commonConnections(a: "company:iveco-group", b: "company:foton") {
      ...Common
    }
  }
  fragment Common on CommonConnection {
    node {
      id
      name
      label
    }
    viaA {
      ...Link
    }
    viaB {
      ...Link
    }
  }
  ${LINK}
`;

const TIMELINES = gql`
  query Timelines {
    iveco: timeline(entity: "company:iveco-group") {
      ...Entries
    }
    all: timeline(first: 50) {
      ...Entries
    }
  }
  fragment Entries on TimelineConnection {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        date {
          value
          precision
          text
          start
          end
          inferred
        }
        kind
        property
        title
        node {
          id
          name
          label
        }
        relationship {
          ...Rel
        }
      }
    }
  }
  ${RELATIONSHIP}
`;

const POSITIONS_BOTH_SIDES = gql`
  query PositionsBothSides {
    company(id: "company:foton") {
      id
      name
      executives {
        ...Pos
      }
    }
    person(id: "person:chang-rui") {
      id
      name
      positions {
        ...Pos
      }
      relationships(types: [HOLDS_POSITION]) {
        ...Link
      }
    }
  }
  fragment Pos on Position {
    id
    title
    unit
    asOf {
      value
      precision
    }
    origin
    provenance {
      quote
      documentId
    }
    person {
      id
      name
    }
    company {
      id
      name
    }
  }
  ${LINK}
`;

const PARTIES_BOTH_SIDES = gql`
  query PartiesBothSides {
    agreement(id: "agreement:foton-iveco-mou-2024") {
      id
      name
      parties {
        id
        role
        origin
        provenance {
          quote
        }
        company {
          id
          name
          agreements {
            id
            name
            parties {
              id
              role
            }
          }
        }
        agreement {
          id
        }
      }
      witnesses {
        id
        delegation
        person {
          id
          name
        }
        agreement {
          id
        }
      }
    }
    foton: company(id: "company:foton") {
      id
      agreements {
        id
        name
      }
    }
    iveco: company(id: "company:iveco-group") {
      id
      agreements {
        id
        name
      }
    }
  }
`;

/** Every shape, for the run that sends them all through one client. */
const SHAPES = {
  PARTY_TO_BOTH_ENDS,
  TWO_NEIGHBOURHOODS,
  PATHS_BOTH_WAYS,
  PATHS_BY_NAME,
  COMMON_BOTH_WAYS,
  TIMELINES,
  POSITIONS_BOTH_SIDES,
  PARTIES_BOTH_SIDES,
};

// Emptying and reloading the seed graph can outlast the default minute on a busy machine.
jest.setTimeout(180_000);

describe("Apollo Client's normalised cache gives back exactly what the network answered", () => {
  let graph: TestGraph;
  let app: TestApp;
  let schema: GraphQLSchema;
  let possibleTypes: PossibleTypesMap;

  // The seed graph, as useSeededApp loads it, but with a longer query timeout: these operations run
  // several traversals at once, and what they check is the cache, not the server's speed.
  beforeAll(async () => {
    graph = await openTestGraph(testConfig({ QUERY_TIMEOUT_MS: "30000" }));
    await graph.reset();
    app = await startTestApp(graph.config, graph.gateway);
    schema = await introspectSchema(app.url);
    possibleTypes = possibleTypesOf(schema);
  });
  afterAll(async () => {
    await app?.close();
    await graph?.close();
  });

  /** One operation through a fresh client: the cache's answer equals the network's, and the client resolved with it too. */
  async function roundTrip(query: DocumentNode, variables?: Record<string, unknown>): Promise<RoundTrip> {
    const trip = await sendAndReadBack(recordingClient(app.url, possibleTypes), query, variables);
    expect(trip.network).toBeTruthy();
    expect(trip.cached).toEqual(trip.network);
    expect(trip.resolved).toEqual(trip.network);
    return trip;
  }

  /** Every relationship id that the answer reaches through links pointing both ways. */
  function readFromBothEnds(network: unknown): string[] {
    const directions = new Map<string, Set<string>>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value === null || typeof value !== "object") return;
      const record = value as Record<string, any>;
      if (record.__typename === "RelationshipLink") {
        const id = record.relationship.id as string;
        directions.set(id, (directions.get(id) ?? new Set()).add(record.direction));
      }
      Object.values(record).forEach(walk);
    };
    walk(network);
    return [...directions].filter(([, seen]) => seen.size > 1).map(([id]) => id);
  }

  it("derives possibleTypes from the live schema: every interface with its implementations", () => {
    expect(possibleTypes.Node).toEqual(expect.arrayContaining(["Company", "Person", "Agreement", "Document"]));
    for (const [abstract, members] of Object.entries(possibleTypes)) {
      expect(members.length).toBeGreaterThan(0);
      const abstractType = schema.getType(abstract);
      expect(isAbstractType(abstractType)).toBe(true);
      for (const member of members) {
        const type = schema.getType(member);
        expect(isObjectType(type) && isAbstractType(abstractType) && schema.isSubType(abstractType, type)).toBe(true);
      }
    }
  });

  it("keeps perspective data off every type with an id: no `direction` or `depth` beside an `id`", () => {
    const offenders: string[] = [];
    const idLess: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
      const fields = type.getFields();
      if (!("id" in fields)) {
        if ("direction" in fields || "depth" in fields) idLess.push(type.name);
        continue;
      }
      for (const name of ["direction", "depth"]) if (name in fields) offenders.push(`${type.name}.${name}`);
    }
    expect(offenders).toEqual([]);
    // The perspective data is still served, on the id-less wrappers.
    expect(idLess).toEqual(expect.arrayContaining(["RelationshipLink", "SubgraphNode"]));
  });

  it("proves the check can fail: answers with one __typename+id and different fields are merged into one entry", () => {
    // The shapes of before the fix: Relationship.direction and GraphNode.depth under a global id.
    const query = gql`
      query OldShapes {
        fromCompany: relationship(side: "company") {
          id
          direction
        }
        fromAgreement: relationship(side: "agreement") {
          id
          direction
        }
        aroundFoton: graphNode(start: "company:foton") {
          id
          depth
        }
        aroundIveco: graphNode(start: "company:iveco-group") {
          id
          depth
        }
      }
    `;
    const network = {
      fromCompany: { __typename: "Relationship", id: "rel:foton-party-to-mou", direction: "OUTGOING" },
      fromAgreement: { __typename: "Relationship", id: "rel:foton-party-to-mou", direction: "INCOMING" },
      aroundFoton: { __typename: "GraphNode", id: "company:foton", depth: 0 },
      aroundIveco: { __typename: "GraphNode", id: "company:foton", depth: 2 },
    };
    const cache = new InMemoryCache({ possibleTypes });
    cache.writeQuery({ query, data: network });
    const cached = cache.readQuery<any>({ query });
    // One cache entry per __typename+id keeps one value of each field: the last write wins everywhere.
    expect(cached.fromCompany.direction).toBe("INCOMING");
    expect(cached.aroundFoton.depth).toBe(2);
    expect(() => expect(cached).toEqual(network)).toThrow();
  });

  it("reads PARTY_TO relationships from the companies' and from the agreement's end", async () => {
    const { network } = await roundTrip(PARTY_TO_BOTH_ENDS);
    expect(network.agreement.relationships.length).toBeGreaterThanOrEqual(2);
    expect(readFromBothEnds(network).length).toBeGreaterThanOrEqual(2);
  });

  it("reads two neighbourhoods from different start nodes, where the same node sits at different depths", async () => {
    const { network } = await roundTrip(TWO_NEIGHBOURHOODS);
    const depthIn = (subgraph: any, id: string) => subgraph.nodes.find((entry: any) => entry.node.id === id)?.depth;
    expect([depthIn(network.a, "company:foton"), depthIn(network.b, "company:foton")]).toEqual([0, 2]);
    expect([depthIn(network.a, "company:iveco-group"), depthIn(network.b, "company:iveco-group")]).toEqual([2, 0]);
    expect(sharedIds(network, "Relationship").length).toBeGreaterThan(0);
  });

  it("reads shortest, all shortest and paged paths both ways between the same two nodes", async () => {
    const { network } = await roundTrip(PATHS_BOTH_WAYS);
    expect(network.shortestAB.length).toBe(4);
    expect(network.shortestBA.length).toBe(4);
    expect(network.pagesAB.edges.length).toBeGreaterThanOrEqual(2);
    expect(network.pagesBA.totalCount).toBe(network.pagesAB.totalCount);
    expect(readFromBothEnds(network).length).toBeGreaterThan(0);
  });

  it("reads paths between endpoints given by name as well as by id", async () => {
    const { network } = await roundTrip(PATHS_BY_NAME);
    // Two shortest paths join Foton and Iveco Group; each direction may walk either, so compare their ends and length.
    const ends = (path: any) => [path.nodes[0].id, path.nodes.at(-1).id];
    expect(ends(network.byName).reverse()).toEqual(ends(network.byId));
    expect(network.byName.length).toBe(network.byId.length);
  });

  it("reads the common connections of two companies as commonConnections(a, b) and (b, a)", async () => {
    const { network } = await roundTrip(COMMON_BOTH_WAYS);
    expect(network.ab.length).toBeGreaterThan(0);
    expect(network.ba).toHaveLength(network.ab.length);
    expect(sharedIds(network, "Relationship").length).toBeGreaterThan(0);
  });

  it("reads one entity's timeline together with the graph-wide timeline", async () => {
    const { network } = await roundTrip(TIMELINES);
    expect(network.iveco.edges.length).toBeGreaterThan(0);
    expect(network.all.edges.length).toBeGreaterThan(network.iveco.edges.length);
    // A dated relationship of Iveco's is reached from both timelines.
    expect(sharedIds(network, "Relationship").length).toBeGreaterThan(0);
  });

  it("reads positions from the company's and from the person's side", async () => {
    const { network } = await roundTrip(POSITIONS_BOTH_SIDES);
    expect(sharedIds(network, "Position")).toContain("Position:rel:chang-rui-chairman-foton");
    // The same relationship id as a Position and as a Relationship: two typenames, two cache entries.
    expect(network.person.relationships.map((link: any) => link.relationship.id)).toContain("rel:chang-rui-chairman-foton");
  });

  it("reads agreement parties from the agreement's and from the companies' side", async () => {
    const { network } = await roundTrip(PARTIES_BOTH_SIDES);
    expect(network.agreement.parties.length).toBeGreaterThanOrEqual(2);
    expect(sharedIds(network, "AgreementParty").length).toBeGreaterThanOrEqual(2);
    expect(sharedIds(network, "Agreement")).toContain("Agreement:agreement:foton-iveco-mou-2024");
  });

  it("keeps every shape's answer intact when all of them share one cache", async () => {
    const rc = recordingClient(app.url, possibleTypes);
    const answers = new Map<string, unknown>();
    // Sent one after another into one cache: each later write may overwrite what an earlier answer reads.
    for (const [name, query] of Object.entries(SHAPES)) answers.set(name, (await sendAndReadBack(rc, query)).network);
    for (const [name, query] of Object.entries(SHAPES)) expect({ [name]: rc.client.readQuery({ query }) }).toEqual({ [name]: answers.get(name) });
  });
});
