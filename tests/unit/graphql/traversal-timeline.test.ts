import "reflect-metadata";
import { buildTimeline, timelineKind } from "../../../src/graphql/traversal/build-timeline";
import { TimelineKind } from "../../../src/graphql/traversal/timeline-entry.type";

describe("timelineKind", () => {
  it.each([
    ["Agreement", "signedOn", {}, TimelineKind.SIGNING],
    ["Agreement", "dueBy", {}, TimelineKind.DEADLINE],
    ["Facility", "openedOn", {}, TimelineKind.PLANT_OPENING],
    ["Facility", "expectedOperational", {}, TimelineKind.PLANNED_OPENING],
    ["Event", "date", { kind: "LAUNCH" }, TimelineKind.LAUNCH],
    ["Event", "date", { kind: "SOMETHING_NEW" }, TimelineKind.OTHER],
    ["Figure", "targetBy", {}, TimelineKind.TARGET],
  ])("reads %s.%s as its kind", (label, property, node, kind) => {
    expect(timelineKind(label, property, node)).toBe(kind);
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
    { node: { label: "Event", properties: { id: "event:b", name: "B", kind: "EXPO", ...date("date", "2022", "YEAR", "2022-01-01", "2022-12-31") } }, via: null },
    { node: { label: "Event", properties: { id: "event:a", name: "A", kind: "LAUNCH", ...date("date", "2022-01-01", "DAY", "2022-01-01", "2022-01-01") } }, via: null },
    { node: { label: "Facility", properties: { id: "facility:c", name: "C", ...date("openedOn", "2017", "YEAR", "2017-01-01", "2017-12-31") } }, via: null },
  ];

  it("orders by start, a day before the year that holds it", () => {
    expect(buildTimeline("company:x", facts).map((entry) => entry.title)).toEqual(["C", "A", "B"]);
  });

  it("keeps entries whose span overlaps the range", () => {
    expect(buildTimeline("company:x", facts, { from: "2022-06-01", to: "2022-06-30" }).map((entry) => entry.title)).toEqual(["B"]);
  });
});
