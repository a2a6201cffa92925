import { GRAPH_MODEL } from "../../../src/model/graph-model";
import { defineModel } from "../../../src/model/model-spec";
import { validateModel } from "../../../src/model/validate-model";

const { Company, Agreement, Figure, Facility } = GRAPH_MODEL.labels;

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

  it("names a measures declaration whose relationship does not end at the label, or whose asOf is not a date", () => {
    const model = {
      ...GRAPH_MODEL,
      labels: { ...GRAPH_MODEL.labels, Figure: { ...Figure, measures: { ...Figure.measures, relationship: "APPLIES_TO", asOf: "metric" } } },
    };
    expect(() => validateModel(model)).toThrow("Figure.measures: APPLIES_TO must be a relationship type that ends at Figure");
    expect(() => validateModel(model)).toThrow('Figure.measures: asOf "metric" is not a date property of Figure');
  });

  it("names a history whose date sources are not dates of the label or of documents, or whose value the property cannot take", () => {
    const status = {
      ...Facility.properties.status,
      history: { from: [{ property: "ordinal", value: "OPERATING" }, { property: "openedOn", value: "CLOSED" }, { document: "title" }] },
    };
    const model = { ...GRAPH_MODEL, labels: { ...GRAPH_MODEL.labels, Facility: { ...Facility, properties: { ...Facility.properties, status } } } };
    expect(() => validateModel(model)).toThrow('Facility.status.history: {"property":"ordinal","value":"OPERATING"} is not a date of Facility');
    expect(() => validateModel(model)).toThrow('Facility.status.history: {"property":"openedOn","value":"CLOSED"} is not a date of Facility');
    expect(() => validateModel(model)).toThrow('Facility.status.history: {"document":"title"} is not a date of Facility');
  });

  it("names a history on a property of one value, on a date, or whose history field is taken", () => {
    const history = { from: [{ document: "publishedOn" }] };
    const properties = {
      ...Facility.properties,
      openedOn: { ...Facility.properties.openedOn, history },
      kind: { ...Facility.properties.kind, oneValue: true, history },
      kindHistory: { type: "String", description: "x" },
    } as const;
    const model = { ...GRAPH_MODEL, labels: { ...GRAPH_MODEL.labels, Facility: { ...Facility, properties } } };
    expect(() => validateModel(model)).toThrow("Facility.openedOn.history: only single values (not dates or lists) can have a history");
    expect(() => validateModel(model)).toThrow("Facility.kind.history: a property with one value cannot also change over time");
    expect(() => validateModel(model)).toThrow("Facility.kind.history: the field kindHistory it adds is taken");
  });

  it("names a history on a relationship's property", () => {
    const HOLDS_POSITION = GRAPH_MODEL.relationships.HOLDS_POSITION;
    const title = { ...HOLDS_POSITION.properties.title, history: { from: [{ document: "publishedOn" }] } };
    const model = {
      ...GRAPH_MODEL,
      relationships: { ...GRAPH_MODEL.relationships, HOLDS_POSITION: { ...HOLDS_POSITION, properties: { ...HOLDS_POSITION.properties, title } } },
    };
    expect(() => validateModel(model)).toThrow("HOLDS_POSITION.title: only node properties can have a history");
  });

  it("names a primary date that is not a date", () => {
    const model = { ...GRAPH_MODEL, labels: { ...GRAPH_MODEL.labels, Agreement: { ...Agreement, primaryDates: ["scope"] } } };
    expect(() => validateModel(model)).toThrow('Agreement: primary date "scope" is not a date property');
  });
});

describe("validateModel on names that would clash or break later", () => {
  const withCompany = (company: object) => ({ ...GRAPH_MODEL, labels: { ...GRAPH_MODEL.labels, Company: { ...Company, ...company } } });

  it.each([
    [
      "a relation field that takes a Node field's name",
      withCompany({ relations: { ...Company.relations, mentions: Company.relations.agreements } }),
      "Company.mentions: a relation field cannot share its name",
    ],
    [
      "a property that hides a Node field",
      withCompany({ properties: { ...Company.properties, relationships: { type: "String", description: "x" } } }),
      'property "relationships" would hide a field',
    ],
    [
      "a relation field name that is not an identifier",
      withCompany({ relations: { ...Company.relations, "my-field": Company.relations.agreements } }),
      "Company.my-field: a field name must be letters and digits only",
    ],
    [
      "a relation field with no types",
      withCompany({ relations: { ...Company.relations, agreements: { ...Company.relations.agreements, types: [] } } }),
      "name at least one relationship type",
    ],
    ["two labels with the same root query", withCompany({ one: "person" }), "root query name person is used twice"],
    [
      "a label property every entity already has",
      withCompany({ properties: { ...Company.properties, origin: { type: "String", description: "x" } } }),
      'Company: property "origin" is one every entity has',
    ],
    [
      "a required property with nothing to fall back on",
      withCompany({ properties: { ...Company.properties, founded: { type: "Int", description: "x", required: true } } }),
      "Company.founded: only strings and string lists can be required",
    ],
    [
      "two different enums under one name",
      withCompany({ properties: { ...Company.properties, kind: { type: { name: "AgreementKind", description: "x", values: { A: "a" } }, description: "x" } } }),
      "enum AgreementKind is declared twice with different values",
    ],
    [
      "a label named like the label every node carries",
      { ...GRAPH_MODEL, labels: { ...GRAPH_MODEL.labels, Node: GRAPH_MODEL.labels.Person } },
      'label "Node" is the label every node carries',
    ],
  ])("names %s", (_case, model, message) => {
    expect(() => validateModel(model as never)).toThrow(message);
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
