import { GRAPH_MODEL } from "../../../src/model/graph-model";
import { defineModel } from "../../../src/model/model-spec";
import { validateModel } from "../../../src/model/validate-model";

const { Company, Agreement } = GRAPH_MODEL.labels;

describe("validateModel", () => {
  it("accepts the product model", () => {
    expect(() => validateModel(GRAPH_MODEL)).not.toThrow();
  });

  it("names an inverse that is not declared at the other end", () => {
    const model = {
      ...GRAPH_MODEL,
      labels: {
        ...GRAPH_MODEL.labels,
        Company: { ...Company, relations: { ...Company.relations, agreements: { ...Company.relations.agreements, inverse: "signatories" } } },
      },
    };
    expect(() => validateModel(model)).toThrow("Company.agreements: its inverse Agreement.signatories is not declared");
  });

  it("names a relation field whose relationship type never reaches its target", () => {
    const model = {
      ...GRAPH_MODEL,
      labels: {
        ...GRAPH_MODEL.labels,
        Agreement: { ...Agreement, relations: { ...Agreement.relations, vehicles: { ...Agreement.relations.vehicles, targets: ["Market"] } } },
      },
    };
    expect(() => validateModel(model)).toThrow("Agreement.vehicles: COVERS never reaches Market");
  });

  it("names a property that takes a name the loader keeps for itself", () => {
    const model = {
      ...GRAPH_MODEL,
      labels: { ...GRAPH_MODEL.labels, Company: { ...Company, properties: { ...Company.properties, nameKey: { type: "String", description: "x" } } } },
    } as const;
    expect(() => validateModel(model)).toThrow('Company: property "nameKey" is kept by the loader');
  });

  it("names a primary date that is not a date", () => {
    const model = { ...GRAPH_MODEL, labels: { ...GRAPH_MODEL.labels, Agreement: { ...Agreement, primaryDates: ["scope"] } } };
    expect(() => validateModel(model)).toThrow('Agreement: primary date "scope" is not a date property');
  });
});

describe("defineModel", () => {
  it("refuses, at compile time, a relation field that names an undeclared relationship type", () => {
    const model = () =>
      defineModel({
        ...GRAPH_MODEL,
        // @ts-expect-error PARTY_TOO is not a relationship type of the model.
        labels: { ...GRAPH_MODEL.labels, Company: { ...Company, relations: { agreements: { ...Company.relations.agreements, types: ["PARTY_TOO"] } } } },
      });
    expect(model).toBeInstanceOf(Function);
  });

  it("refuses, at compile time, a relationship that joins an undeclared label", () => {
    const model = () =>
      defineModel({
        ...GRAPH_MODEL,
        // @ts-expect-error Investor is not a label of this model.
        relationships: { ...GRAPH_MODEL.relationships, INVESTS_IN: { description: "x", from: ["Investor"], to: ["Company"], properties: {} } },
      });
    expect(model).toBeInstanceOf(Function);
  });

  it("refuses, at compile time, a date on a timeline kind the model does not declare", () => {
    const model = () =>
      defineModel({
        ...GRAPH_MODEL,
        labels: {
          ...GRAPH_MODEL.labels,
          // @ts-expect-error INVESTMENT is not a timeline kind of this model.
          Agreement: { ...Agreement, properties: { ...Agreement.properties, closedOn: { type: "Date", description: "x", timeline: "INVESTMENT" } } },
        },
      });
    expect(model).toBeInstanceOf(Function);
  });
});
