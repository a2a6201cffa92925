import { execute, Kind, OperationTypeNode, parse } from "graphql";
import { buildGraphSchema } from "../../src/graphql/build-schema";
import { createContext } from "../../src/graphql/context";
import { GraphRepository } from "../../src/repositories/graph.repository";
import { TraversalRepository } from "../../src/repositories/traversal.repository";
import { graphqlExamples } from "./support/doc-files";
import { useSeededApp } from "./support/test-app";

/** Every query (not mutation) among the ```graphql blocks of the README and docs/. */
function documentedQueries(): string[] {
  return graphqlExamples()
    .map((example) => example.query)
    .filter((query) =>
      parse(query).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === OperationTypeNode.QUERY),
    );
}

const EXTRA = [
  // Fragments, inline fragments and aliases on the same nodes, with and without provenance.
  `query Mixed { a: company(id: "company:foton") { ...C executives { title person { name } } }
    b: company(id: "company:foton") { kind description executives { provenance { quote } asOf { value start } } }
    n: node(id: "company:iveco-group") { ... on Company { kind headquarters { name } } } }
   fragment C on Company { name aliases targetMarkets { name kind } }`,
  `{ agreements(first: 5, orderBy: DATE_DESC) { edges { node { name signedOn { value precision } parties { role company { name kind } } } } } }`,
  `{ document(id: "document:foton-iveco-mou-2024") { title publishedOn { value } entities { id name } } company(name: "Foton") { mentions { names provenance { start end } } } }`,
  `{ company(id: "company:foton") { relationships(first: 10) { direction node { id name } relationship { id type origin properties } } properties } }`,
  // The ends of relationships read from either side, nested (prefetched) and through the relation loaders, with and without aliases.
  `{ company(id: "company:foton") { executives { person { id aliases positions { company { id aliases } person { id } } } company { id } } } }`,
  `{ people(first: 3) { edges { node { name relationships(first: 5) { direction relationship { sourceId targetId source { name } target { name aliases } } } } } } }`,
  `{ company(id: "company:foton") { relationships(first: 20) { direction relationship { sourceId targetId source { aliases } target { id } } } } }`,
  // A neighborhood's nodes and edges read with the same plan as the rest of the request.
  `{ neighborhood(id: "company:foton", depth: 2, limit: 40) { truncated nodes { depth node { id label name ... on Company { kind description } } }
    edges { id type sourceId targetId provenance { quote } } } company(id: "company:foton") { kind executives { title } } }`,
  `{ neighborhood(id: "company:foton", depth: 1) { nodes { node { id properties } } edges { id type properties } } }`,
  // Paths, common connections, search and timelines read any label with the same plan.
  `{ shortestPath(from: "person:gerrit-marx", to: "company:catl") { length nodes { id name ... on Person { aliases } } relationships { id type provenance { quote } }
    steps { direction node { ... on Company { kind } } relationship { sourceId } } } allShortestPaths(from: "Gerrit Marx", to: "CATL") { nodes { id } } }`,
  `{ paths(from: "person:gerrit-marx", to: "company:catl", maxHops: 4, first: 5) { totalCount edges { node { length nodes { name } relationships { type properties } } } } }`,
  `{ commonConnections(a: "company:foton", b: "company:catl") { node { id ... on Agreement { kind signedOn { value } } } viaA { relationship { type provenance { quote } } } viaB { node { name } } } }`,
  `{ search(text: "foton") { score match node { id label ... on Company { kind aliases } } } search2: search(text: "iveco", first: 3) { node { properties } } }`,
  `{ timeline(entity: "company:foton", first: 50) { totalCount edges { cursor node { kind property title date { value precision } node { id } relationship { type properties } } } } }`,
  `{ timeline(first: 20, kinds: [SIGNING, POSITION, PLANNED_OPENING]) { totalCount pageInfo { hasNextPage } edges { node { kind title date { value } node { name } relationship { sourceId provenance { quote } } } } } }`,
];

describe("projection: reading only the selected properties", () => {
  const { graph, app } = useSeededApp();

  it.each([...documentedQueries(), ...EXTRA].map((query) => [query.split("\n")[0].slice(0, 80), query]))(
    "answers exactly as a whole read does: %s",
    async (_name, query) => {
      const projected = await app().query(query);
      const schema = await buildGraphSchema();
      const whole = await execute({ schema, document: parse(query), contextValue: createContext(graph().gateway) });
      expect(projected.errors).toBeUndefined();
      expect(whole.errors).toBeUndefined();
      expect(projected.data).toEqual(JSON.parse(JSON.stringify(whole.data)));
    },
  );
});

describe("projection: what the repository reads", () => {
  const { graph, app } = useSeededApp();

  it("reads only the projected properties of nodes and relationships", async () => {
    const repository = new GraphRepository(graph().gateway);
    repository.project({ nodeKeys: { Company: ["id", "name"], Person: ["id", "name"] }, relationshipKeys: { HOLDS_POSITION: ["id", "title"] } });
    const company = await repository.findById("company:foton");
    expect(Object.keys(company!.properties).sort()).toEqual(["id", "name"]);
    const positions = await repository.related("company:foton", { types: ["HOLDS_POSITION"], direction: "INCOMING" });
    expect(positions.length).toBeGreaterThan(0);
    for (const { relationship, node } of positions) {
      expect(Object.keys(relationship.properties).sort()).toEqual(["id", "title"]);
      expect(Object.keys(node.properties).sort()).toEqual(["id", "name"]);
    }
  });

  it("reads a label or type the projection leaves out whole", async () => {
    const repository = new GraphRepository(graph().gateway);
    repository.project({ nodeKeys: { Person: ["id", "name"] }, relationshipKeys: {} });
    const positions = await repository.related("company:foton", { types: ["HOLDS_POSITION"], direction: "INCOMING" });
    expect(positions[0].relationship.properties).toHaveProperty("quote");
    expect(await repository.findById("company:foton")).toMatchObject({ properties: { description: expect.any(String) } });
  });

  it("reads a neighborhood's nodes and edges with the request's projection", async () => {
    const repository = new GraphRepository(graph().gateway);
    repository.project({ nodeKeys: { Company: ["id", "name"] }, relationshipKeys: { HOLDS_POSITION: ["id", "title"] } });
    const found = await new TraversalRepository(graph().gateway, repository).neighborhood({ id: "company:foton", depth: 1, types: [], labels: [], limit: 50 });
    const companies = found!.nodes.filter(({ node }) => node.label === "Company");
    const positions = found!.edges.filter((edge) => edge.type === "HOLDS_POSITION");
    expect(companies.length).toBeGreaterThan(1);
    expect(positions.length).toBeGreaterThan(0);
    for (const { node } of companies) expect(Object.keys(node.properties).sort()).toEqual(["id", "name"]);
    for (const edge of positions) expect(Object.keys(edge.properties).sort()).toEqual(["id", "title"]);
    // A label or type the projection leaves out is read whole.
    expect(found!.nodes.find(({ node }) => node.label === "Person")!.node.properties).toHaveProperty("nameKeys");
    expect(found!.edges.find((edge) => edge.type !== "HOLDS_POSITION")!.properties).toHaveProperty("quote");
  });

  it("plans each query's projection before its first read: provenance only where it is selected", async () => {
    const project = jest.spyOn(GraphRepository.prototype, "project");
    try {
      await app().query(`{ company(id: "company:foton") { name executives { title person { name } } } }`);
      const [lean] = project.mock.calls.at(-1)!;
      expect(lean.relationshipKeys.HOLDS_POSITION).toEqual(["id", "title"]);
      expect(lean.nodeKeys.Company).toEqual(["id", "name"]);
      await app().query(`{ company(id: "company:foton") { executives { title provenance { quote } } } }`);
      const [withQuotes] = project.mock.calls.at(-1)!;
      expect(withQuotes.relationshipKeys.HOLDS_POSITION).toEqual(expect.arrayContaining(["quote", "documentId", "start", "end"]));
    } finally {
      project.mockRestore();
    }
  });
});
