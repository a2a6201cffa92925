import {
  planHistoryConflicts,
  planMeasures,
  planOnceConflicts,
  planPropertyConflicts,
  planSupersession,
  type MeasureNode,
  type SingleFact,
} from "../../../src/ingest/plan-disputes";
import type { StatedValue } from "../../../src/model/property-history";

function position(id: string, title: string, validFromStart: string | null, recordedAt = "2026-01-01T00:00:00.000Z"): SingleFact {
  return {
    type: "HOLDS_POSITION",
    from: "person:a",
    to: "company:b",
    factKey: `key-${title}`,
    id,
    single: "per-pair",
    value: title,
    validFromStart,
    recordedAt,
    evidence: [`{"quote":"${title}"}`],
  };
}

function headquarters(id: string, to: string, validFromStart: string | null): SingleFact {
  return { ...position(id, to, validFromStart), type: "HEADQUARTERED_IN", from: "company:b", to, factKey: `key-${id}`, single: "per-source" };
}

describe("planSupersession", () => {
  it("lets the next later-valid title supersede an earlier one from its start", () => {
    const { supersessions, conflicts } = planSupersession([
      position("rel:ceo", "CEO", "2020-01-01"),
      position("rel:chair", "Chairman", "2022-05-01", "2026-02-01T00:00:00.000Z"),
      position("rel:honorary", "Honorary Chairman", "2024-01-01"),
    ]);
    expect(conflicts).toEqual([]);
    expect(supersessions.map((s) => [s.factKey, s.supersededBy, s.supersededFrom])).toEqual([
      ["key-CEO", "rel:chair", "2022-05-01"],
      ["key-Chairman", "rel:honorary", "2024-01-01"],
      ["key-Honorary Chairman", null, null],
    ]);
    expect(supersessions[0].supersededRecordedAt).toBe("2026-02-01T00:00:00.000Z");
  });

  it("lists every later fact that supersedes one, by start, with when each was recorded, for reads as of an earlier time", () => {
    const { supersessions } = planSupersession([
      position("rel:ceo", "CEO", "2020-01-01"),
      position("rel:chair", "Chairman", "2022-05-01", "2026-02-01T00:00:00.000Z"),
      position("rel:honorary", "Honorary Chairman", "2024-01-01"),
    ]);
    const [ceo, , honorary] = supersessions;
    expect([ceo.supersedingIds, ceo.supersedingStarts]).toEqual([
      ["rel:chair", "rel:honorary"],
      ["2022-05-01", "2024-01-01"],
    ]);
    expect(ceo.supersedingRecordedAt).toEqual(["2026-02-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"]);
    expect([honorary.supersedingIds, honorary.supersedingStarts, honorary.supersedingRecordedAt]).toEqual([[], [], []]);
  });

  it("treats an open start as the earliest, so a dated fact supersedes it", () => {
    const { supersessions } = planSupersession([headquarters("rel:old", "market:beijing", null), headquarters("rel:new", "market:tokyo", "2021")]);
    expect(supersessions.find((s) => s.factKey === "key-rel:old")?.supersededBy).toBe("rel:new");
  });

  it("records a conflict, not a supersession, for different values that start at the same time", () => {
    const { supersessions, conflicts } = planSupersession([position("rel:chair", "Chairman", "2024-06-04"), position("rel:pres", "President", "2024-06-04")]);
    expect(supersessions.every((s) => s.supersededBy === null)).toBe(true);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].subjectId).toBe("person:a");
    expect(conflicts[0].disputed).toBe("HOLDS_POSITION of person:a at company:b from 2024-06-04");
    expect(conflicts[0].claims.map((claim) => claim.value)).toEqual(["Chairman", "President"]);
    expect(conflicts[0].id).toMatch(/^conflict:[0-9a-f]{20}$/);
  });

  it("sees no dispute between two positions at different companies, or between restatements of one value", () => {
    const other = { ...position("rel:other", "President", "2024-06-04"), to: "company:c" };
    const { conflicts } = planSupersession([position("rel:chair", "Chairman", "2024-06-04"), other]);
    expect(conflicts).toEqual([]);
  });

  it("gives a conflict the same id however often it is worked out", () => {
    const facts = [headquarters("rel:x", "market:x", null), headquarters("rel:y", "market:y", null)];
    expect(planSupersession(facts).conflicts[0].id).toBe(planSupersession([...facts].reverse()).conflicts[0].id);
  });
});

describe("planOnceConflicts", () => {
  const node = (id: string, subject: string, kind: string, date: string | null) => ({ id, subject, kind, date, dateText: date, evidence: [] });

  it("records two start dates for one subject as one conflict with both claims", () => {
    const conflicts = planOnceConflicts(
      [node("event:a", "agreement:p", "PARTNERSHIP_START", "2017-09"), node("event:b", "agreement:p", "PARTNERSHIP_START", "2018-05")],
      "Event",
      "date",
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].claims.map((claim) => claim.id)).toEqual(["event:a", "event:b"]);
    expect(conflicts[0].disputed).toBe("date of the PARTNERSHIP_START Event of agreement:p");
  });

  it("sees no conflict between kinds, between subjects, or for events that agree on the date", () => {
    expect(
      planOnceConflicts(
        [
          node("event:a", "agreement:p", "PARTNERSHIP_START", "2017-09"),
          node("event:b", "agreement:p", "SIGNING", "2018-05"),
          node("event:c", "agreement:q", "PARTNERSHIP_START", "2018-05"),
          node("event:d", "agreement:q", "PARTNERSHIP_START", "2018-05"),
        ],
        "Event",
        "date",
      ),
    ).toEqual([]);
  });
});

describe("planMeasures", () => {
  const figure = (id: string, value: number, asOfStart: string | null, alike: (string | null)[] = ["people", "ACTUAL"]): MeasureNode => ({
    id,
    subject: "company:a",
    measure: "employees",
    alike,
    value,
    asOfStart,
    fact: { type: "HAS_FIGURE", id: `rel:${id}`, factKey: `key-${id}`, recordedAt: null },
    evidence: [],
  });

  it("records different values for the same period as one conflict whose claims are the figures", () => {
    const { conflicts, supersessions } = planMeasures([figure("figure:x", 40000, "2024-05-01"), figure("figure:y", 38000, "2024-05-01")], "Figure", "value");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].disputed).toBe('value of the Figure "employees" (people, ACTUAL) of company:a from 2024-05-01');
    expect(conflicts[0].claims.map((claim) => [claim.id, claim.value])).toEqual([
      ["figure:x", "40000"],
      ["figure:y", "38000"],
    ]);
    expect(supersessions.every((s) => s.supersededBy === null)).toBe(true);
  });

  it("treats two undated values as the same period", () => {
    expect(planMeasures([figure("figure:x", 1, null), figure("figure:y", 2, null)], "Figure", "value").conflicts).toHaveLength(1);
  });

  it("lets a later value supersede an earlier one on the subject's relationship, whatever the values", () => {
    const { conflicts, supersessions } = planMeasures([figure("figure:x", 40000, "2024-05-01"), figure("figure:y", 40000, "2025-03-01")], "Figure", "value");
    expect(conflicts).toEqual([]);
    expect(supersessions.map((s) => [s.type, s.from, s.factKey, s.supersededBy, s.supersededFrom])).toEqual([
      ["HAS_FIGURE", "company:a", "key-figure:x", "rel:figure:y", "2025-03-01"],
      ["HAS_FIGURE", "company:a", "key-figure:y", null, null],
    ]);
  });

  it("compares only values alike in unit, qualifier and period, and sees no dispute in a restated value", () => {
    const goal = figure("figure:goal", 50000, "2024-05-01", ["people", "GOAL"]);
    const same = figure("figure:same", 40000, "2024-05-01");
    const { conflicts, supersessions } = planMeasures([figure("figure:x", 40000, "2024-05-01"), goal, same], "Figure", "value");
    expect(conflicts).toEqual([]);
    expect(supersessions.every((s) => s.supersededBy === null)).toBe(true);
  });
});

describe("planPropertyConflicts", () => {
  const plant = { id: "facility:p", label: "Facility" };
  const mention = (documentId: string, openedOn: string | null) => ({ documentId, properties: { openedOn }, evidence: `{"documentId":"${documentId}"}` });
  const text = (name: string, properties: Record<string, unknown>) => String(properties[name]);

  it("records documents that give different values as one conflict whose claims are the documents, each with every quote of its value", () => {
    const conflicts = planPropertyConflicts(
      plant,
      ["openedOn"],
      [mention("document:a", "2016"), mention("document:b", "2017"), mention("document:c", "2016")],
      text,
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].disputed).toBe("openedOn of the Facility facility:p");
    expect(conflicts[0].claims).toEqual([
      { id: "document:a", value: "2016", evidence: ['{"documentId":"document:a"}', '{"documentId":"document:c"}'] },
      { id: "document:b", value: "2017", evidence: ['{"documentId":"document:b"}'] },
    ]);
  });

  it("sees no dispute between documents that agree, or in a document that does not give the value", () => {
    expect(
      planPropertyConflicts(plant, ["openedOn"], [mention("document:a", "2016"), mention("document:b", null), mention("document:c", "2016")], text),
    ).toEqual([]);
  });
});

describe("planHistoryConflicts", () => {
  const plant = { id: "facility:p", label: "Facility" };
  const entry = (documentId: string, value: string, start: string | null): StatedValue<string> => ({
    value,
    start,
    from: null,
    documentId,
    provenance: `{"documentId":"${documentId}"}`,
  });

  it("records two values from the same day as one conflict named by that day, whose claims are the documents with every quote of their value", () => {
    const conflicts = planHistoryConflicts(plant, "status", [
      entry("document:a", "PLANNED", "2024-06-04"),
      entry("document:b", "OPERATING", "2024-06-04"),
      entry("document:c", "PLANNED", "2024-06-04"),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].subjectId).toBe("facility:p");
    expect(conflicts[0].disputed).toBe("status of the Facility facility:p from 2024-06-04");
    expect(conflicts[0].claims).toEqual([
      { id: "document:a", value: "PLANNED", evidence: ['{"documentId":"document:a"}', '{"documentId":"document:c"}'] },
      { id: "document:b", value: "OPERATING", evidence: ['{"documentId":"document:b"}'] },
    ]);
  });

  it("sees no dispute between values from different days, since the later supersedes the earlier", () => {
    expect(planHistoryConflicts(plant, "status", [entry("document:a", "PLANNED", "2022-05-01"), entry("document:b", "OPERATING", "2026-03-01")])).toEqual([]);
  });

  it("records two undated values as a dispute, apart from a dated one", () => {
    const conflicts = planHistoryConflicts(plant, "status", [
      entry("document:a", "PLANNED", null),
      entry("document:b", "OPERATING", null),
      entry("document:c", "CLOSED", "2020-01-01"),
    ]);
    expect(conflicts.map((conflict) => [conflict.disputed, conflict.claims.map((claim) => claim.id)])).toEqual([
      ["status of the Facility facility:p", ["document:a", "document:b"]],
    ]);
  });

  it("gives a day's dispute the same id whatever the order, and one distinct from another day's", () => {
    const june = [entry("document:a", "PLANNED", "2024-06-04"), entry("document:b", "OPERATING", "2024-06-04")];
    const july = june.map((stated) => ({ ...stated, start: "2024-07-01" }));
    const [first] = planHistoryConflicts(plant, "status", june);
    expect(planHistoryConflicts(plant, "status", [...june].reverse())[0].id).toBe(first.id);
    expect(planHistoryConflicts(plant, "status", july)[0].id).not.toBe(first.id);
  });
});
