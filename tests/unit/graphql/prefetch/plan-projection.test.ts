import "reflect-metadata";
import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { buildGraphSchema } from "../../../../src/graphql/build-schema";
import { modelTypes } from "../../../../src/graphql/model/active-model";
import { planProjection } from "../../../../src/graphql/prefetch/plan-projection";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema();
});

function plan(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  const { view } = modelTypes();
  const typesOf = new Map<string, string[]>([
    ["Relationship", view.relationshipTypes],
    ["Mention", [view.mentionType]],
    ["Position", ["HOLDS_POSITION"]],
  ]);
  return planProjection(view, schema, operation, fragments, typesOf);
}

describe("planProjection", () => {
  it("keeps the selected properties of a label, with what hydrating a node reads", () => {
    expect(plan(`{ company(id: "company:x") { kind } }`).nodeKeys.Company).toEqual(["id", "kind", "name"]);
  });

  it("reads a node's aliases only where they are selected", () => {
    expect(plan(`{ company(id: "company:x") { aliases } }`).nodeKeys.Company).toEqual(["aliases", "id", "name"]);
  });

  it("reads a date's flattened parts", () => {
    expect(plan(`{ agreement(id: "agreement:x") { signedOn { value } } }`).nodeKeys.Agreement).toEqual(
      expect.arrayContaining(["signedOn", "signedOn_precision", "signedOn_start", "signedOn_end", "signedOn_text", "signedOn_inferred"]),
    );
  });

  it("reads no stored property of the node for a property's history, which is read from its mentions, and the property itself for its as-of field", () => {
    expect(plan(`{ facility(id: "facility:x") { statusHistory { value } } }`).nodeKeys.Facility).toEqual(["id", "name"]);
    expect(plan(`{ facility(id: "facility:x") { status(asOf: "2020") } }`).nodeKeys.Facility).toEqual(["id", "name", "status"]);
  });

  it("follows named and inline fragments and unites what aliases ask", () => {
    const keys = plan(`{ a: company(id: "company:x") { ...F } b: node(id: "company:y") { ... on Company { description } } }
      fragment F on Company { kind }`).nodeKeys.Company;
    expect(keys).toEqual(expect.arrayContaining(["kind", "description"]));
  });

  it("reads a node whole when its properties map is selected, and a label reached through the Node interface for every label", () => {
    const projection = plan(`{ node(id: "company:x") { name properties } }`);
    expect(projection.nodeKeys.Company).toBeUndefined();
    expect(plan(`{ node(id: "company:x") { name } }`).nodeKeys.Person).toEqual(["id", "name"]);
  });

  it("reads a relationship's provenance only where it is selected", () => {
    expect(plan(`{ company(id: "company:x") { executives { title } } }`).relationshipKeys.HOLDS_POSITION).toEqual(["id", "title"]);
    expect(plan(`{ company(id: "company:x") { executives { provenance { quote } } } }`).relationshipKeys.HOLDS_POSITION).toEqual(
      expect.arrayContaining(["quote", "documentId", "start", "end"]),
    );
  });

  it("reads the claims' documents with a fact's counts and evidence only when the operation passes knownAsOf", () => {
    const claims = ["documentIds", "evidenceGrades", "evidencePublishers", "evidenceRecordedAt"];
    expect(plan(`{ company(id: "company:x") { executives { sourceCount evidence { quote } } } }`).relationshipKeys.HOLDS_POSITION).toEqual(
      expect.not.arrayContaining(["evidenceRecordedAt"]),
    );
    const known = plan(`query ($at: DateTime) { company(id: "company:x") { executives(knownAsOf: $at) { sourceCount } } }`);
    expect(known.relationshipKeys.HOLDS_POSITION).toEqual([...claims, "id", "sourceCount"]);
    const viaFragment = plan(
      `{ company(id: "company:x") { ...F } } fragment F on Company { executives(knownAsOf: "2026-01-01T00:00:00Z") { evidence { quote } } }`,
    );
    expect(viaFragment.relationshipKeys.HOLDS_POSITION).toEqual(expect.arrayContaining(["evidence", ...claims]));
  });

  it("reads a fact's claims with its validity, origin and confidence only when the operation passes knownAsOf, to merge them again", () => {
    const fields = "validFrom { value } origin confidence extractorVersion";
    expect(plan(`{ person(id: "person:x") { positions { ${fields} } } }`).relationshipKeys.HOLDS_POSITION).toEqual(
      expect.not.arrayContaining(["evidence", "evidenceRecordedAt"]),
    );
    const known = plan(`{ person(id: "person:x") { positions(knownAsOf: "2026-01-01T00:00:00Z") { ${fields} } } }`).relationshipKeys.HOLDS_POSITION;
    expect(known).toEqual(
      expect.arrayContaining(["evidence", "evidenceRecordedAt", "validFrom", "validFrom_start", "origin", "confidence", "extractorVersion"]),
    );
    expect(known).not.toContain("evidencePublishers");
  });

  it("reads when the superseding fact was recorded only when the operation passes knownAsOf", () => {
    expect(plan(`{ person(id: "person:x") { positions { supersededBy { id } } } }`).relationshipKeys.HOLDS_POSITION).toEqual(["id", "supersededBy"]);
    const known = plan(`{ person(id: "person:x") { positions(knownAsOf: "2026-01-01T00:00:00Z") { supersededBy { id } supersedes { id } } } }`);
    expect(known.relationshipKeys.HOLDS_POSITION).toEqual(["id", "supersededBy", "supersededRecordedAt", "supersedingIds", "supersedingRecordedAt"]);
  });

  it("reads only the ids of the relationships a node relation field follows", () => {
    expect(plan(`{ company(id: "company:x") { agreements { name } } }`).relationshipKeys.PARTY_TO).toEqual(["id"]);
  });

  it("reads every relationship type whole when the generic Relationship's properties are selected", () => {
    const projection = plan(`{ company(id: "company:x") { relationships { relationship { properties } } } }`);
    expect(projection.relationshipKeys.PARTY_TO).toBeUndefined();
  });
  it("reads a neighborhood's unselected nodes and edges with their base keys, not whole", () => {
    const projection = plan(`{ neighborhood(id: "company:x") { truncated } }`);
    expect(projection.nodeKeys.Company).toEqual(["id", "name"]);
    expect(projection.relationshipKeys.PARTY_TO).toEqual(["id"]);
    const withQuotes = plan(`{ neighborhood(id: "company:x") { edges { provenance { quote } } } }`);
    expect(withQuotes.relationshipKeys.PARTY_TO).toEqual(expect.arrayContaining(["id", "quote"]));
    expect(withQuotes.nodeKeys.Person).toEqual(["id", "name"]);
  });

  it.each([
    ["a path", `{ shortestPath(from: "a", to: "b") { length } }`],
    ["a common connection", `{ commonConnections(a: "a", b: "b") { viaA { direction } } }`],
    ["a search hit", `{ search(text: "x") { score } }`],
    ["a timeline entry", `{ timeline(first: 3) { totalCount edges { node { title } } } }`],
  ])("reads the nodes and edges of %s with their base keys when none of their fields are selected", (_name, query) => {
    const projection = plan(query);
    expect(projection.nodeKeys.Company).toEqual(["id", "name"]);
    expect(projection.relationshipKeys.PARTY_TO).toEqual(["id"]);
  });
});
