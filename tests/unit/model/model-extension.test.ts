import "reflect-metadata";
import { getNamedType, isEnumType, isObjectType, type GraphQLSchema } from "graphql";
import { graphSchema, NAME_KEYS_INDEX, SEARCH_INDEX } from "../../../src/db/graph-schema";
import { buildGraphSchema } from "../../../src/graphql/build-schema";
import { modelTypes } from "../../../src/graphql/model/active-model";
import { buildTimeline } from "../../../src/graphql/traversal/build-timeline";
import { planDocument } from "../../../src/ingest/plan-document";
import { GRAPH_MODEL } from "../../../src/model/graph-model";
import { viewOf } from "../../../src/model/model-view";
import { validateModel } from "../../../src/model/validate-model";
import { labelColours } from "../../../src/web/explorer/label-colours";
import { EXTENDED, facts, text } from "../../support/investor-model";

describe("a model with one more label, declared and nothing else", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema(EXTENDED);
  });

  it("is a consistent model", () => {
    expect(() => validateModel(EXTENDED)).not.toThrow();
  });

  it("gets a GraphQL type with its properties, root queries, and relation fields at both ends", () => {
    const investor = schema.getType("Investor");
    expect(isObjectType(investor) && investor.getInterfaces().map((type) => type.name)).toEqual(["Node"]);
    if (!isObjectType(investor)) throw new Error("Investor is not an object type");
    const company = schema.getType("Company");
    if (!isObjectType(company)) throw new Error("Company is not an object type");
    expect(String(investor.getFields().fund.type)).toBe("String");
    expect(String(investor.getFields().investedOn.type)).toBe("PartialDate");
    expect(String(investor.getFields().portfolio.type)).toBe("[Company!]!");
    expect(String(company.getFields().investors.type)).toBe("[Investor!]!");
    const query = schema.getQueryType()!.getFields();
    expect(String(query.investor.type)).toBe("Investor");
    expect(getNamedType(query.investors.type).name).toBe("InvestorConnection");
  });

  it("adds the label, the relationship type and the timeline kind to their enums", () => {
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    };
    expect(values("NodeLabel")).toContain("Investor");
    expect(values("RelationshipType")).toContain("INVESTS_IN");
    expect(values("TimelineKind")).toContain("INVESTMENT");
  });

  it("gives both relation fields to the prefetch planner", () => {
    expect(modelTypes().relationQueries.Investor.portfolio).toEqual({ types: ["INVESTS_IN"], direction: "OUTGOING" });
    expect(modelTypes().relationQueries.Company.investors).toEqual({ types: ["INVESTS_IN"], direction: "INCOMING" });
  });

  it("gets its id constraints and a place in both full-text indexes", () => {
    const items = new Map(graphSchema(EXTENDED).map((item) => [item.name, item]));
    expect(items.get("investor_id")?.create).toContain("FOR (n:Investor) REQUIRE n.id IS UNIQUE");
    expect(items.get("invests_in_id")?.create).toContain("FOR ()-[r:INVESTS_IN]-() REQUIRE r.id IS UNIQUE");
    expect(items.get(SEARCH_INDEX)?.labelsOrTypes).toContain("Investor");
    expect(items.get(SEARCH_INDEX)?.properties).toContain("fund");
    expect(items.get(NAME_KEYS_INDEX)?.labelsOrTypes).toContain("Investor");
  });

  it("puts its date on the timeline under its own kind", () => {
    const view = viewOf(EXTENDED);
    const { plan } = planDocument(facts, text, EXTENDED);
    const investor = plan.entities.find((entity) => entity.label === "Investor")!;
    const [entry] = buildTimeline(view, [{ node: { label: "Investor", properties: investor.properties }, via: null }]);
    expect(entry).toMatchObject({ kind: "INVESTMENT", property: "investedOn", title: "Northwind Capital" });
  });

  it("accepts facts files that use it, which the product model refuses", () => {
    expect(planDocument(facts, text, EXTENDED).problems).toEqual([]);
    expect(planDocument(facts, text, GRAPH_MODEL).problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('label "Investor" is not one of'),
        expect.stringContaining('type "INVESTS_IN" is not an allowed relationship type'),
      ]),
    );
  });

  it("gets a colour in the explorer's legend", () => {
    expect(labelColours(EXTENDED).Investor).toBe("#0f766e");
  });
});
