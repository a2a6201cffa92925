import "reflect-metadata";
import { parseEdtfDate } from "../../../../src/model/edtf-date";
import { buildModelTypes } from "../../../../src/graphql/model/build-model-types";
import { buildTimeline } from "../../../../src/graphql/traversal/build-timeline";
import { GRAPH_MODEL } from "../../../../src/model/graph-model";
import { viewOf } from "../../../../src/model/model-view";

const view = viewOf(GRAPH_MODEL);
beforeAll(() => buildModelTypes(GRAPH_MODEL));

describe("the timeline kind the model declares for a date", () => {
  it.each([
    ["Agreement", "signedOn", {}, "SIGNING"],
    ["Agreement", "dueBy", {}, "DEADLINE"],
    ["Agreement", "startedOn", {}, "PARTNERSHIP_START"],
    ["Facility", "openedOn", {}, "PLANT_OPENING"],
    ["Facility", "expectedOperational", {}, "PLANNED_OPENING"],
    ["Event", "date", { kind: "LAUNCH" }, "LAUNCH"],
    ["Event", "date", { kind: "SOMETHING_NEW" }, "OTHER"],
    ["Figure", "targetBy", {}, "TARGET"],
  ])("reads %s.%s as its kind", (label, property, node, kind) => {
    expect(view.timelineKind(view.propertiesOf(label), property, node)).toBe(kind);
  });
});

describe("buildTimeline", () => {
  const date = (name: string, value: string, precision: string, start: string, end: string) => ({
    [name]: value,
    [`${name}_precision`]: precision,
    [`${name}_start`]: start,
    [`${name}_end`]: end,
  });
  const facts = [
    {
      node: { label: "Event", properties: { id: "event:b", name: "B", kind: "EXPO", ...date("date", "2022", "YEAR", "2022-01-01", "2022-12-31") } },
      via: null,
    },
    {
      node: { label: "Event", properties: { id: "event:a", name: "A", kind: "LAUNCH", ...date("date", "2022-01-01", "DAY", "2022-01-01", "2022-01-01") } },
      via: null,
    },
    { node: { label: "Facility", properties: { id: "facility:c", name: "C", ...date("openedOn", "2017", "YEAR", "2017-01-01", "2017-12-31") } }, via: null },
  ];

  it("orders by start, a day before the year that holds it", () => {
    expect(buildTimeline(view, facts).map((entry) => entry.title)).toEqual(["C", "A", "B"]);
  });

  it("keeps entries whose span overlaps the range", () => {
    expect(buildTimeline(view, facts, { from: parseEdtfDate("2022-06-01"), to: parseEdtfDate("2022-06-30") }).map((entry) => entry.title)).toEqual(["B"]);
  });
});

describe("buildTimeline with relationships", () => {
  it("captions a position's date with its title and files it under POSITION", () => {
    const company = { label: "Company", properties: { id: "company:foton", name: "Foton" } };
    const via = {
      type: "HOLDS_POSITION",
      source: "person:a",
      target: "company:foton",
      properties: { id: "rel:a", title: "CEO", asOf: "2024", asOf_precision: "YEAR", asOf_start: "2024-01-01", asOf_end: "2024-12-31" },
    };
    const [entry] = buildTimeline(view, [{ node: company, via }]);
    expect(entry).toMatchObject({ kind: "POSITION", title: "CEO (Foton)", property: "asOf" });
  });

  it("leaves out a document's publication date", () => {
    const document = {
      label: "Document",
      properties: {
        id: "document:x",
        name: "X",
        publishedOn: "2024",
        publishedOn_precision: "YEAR",
        publishedOn_start: "2024-01-01",
        publishedOn_end: "2024-12-31",
      },
    };
    expect(buildTimeline(view, [{ node: document, via: null }])).toEqual([]);
  });
});
