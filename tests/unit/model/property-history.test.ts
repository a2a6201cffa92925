import type { HistorySpec } from "../../../src/model/model-spec";
import {
  documentDateKeys,
  historyTypeName,
  latestValue,
  latestValues,
  readStatement,
  statedHistory,
  valueAsOf,
  type Statement,
} from "../../../src/model/property-history";
import { parseEdtfDate } from "../../../src/model/edtf-date";

const SPEC: HistorySpec = { from: [{ property: "openedOn", value: "OPERATING" }, { document: "publishedOn" }] };

/** A date flattened the way the loader stores it, under `name`. */
function date(name: string, value: string): Record<string, unknown> {
  const parsed = parseEdtfDate(value)!;
  return { [name]: value, [`${name}_precision`]: parsed.precision, [`${name}_start`]: parsed.start, [`${name}_end`]: parsed.end };
}

function statement(documentId: string, properties: Record<string, unknown>, publishedOn?: string): Statement<string> {
  return { documentId, properties, document: publishedOn ? date("publishedOn", publishedOn) : {}, provenance: `quote of ${documentId}` };
}

const summary = (history: ReturnType<typeof statedHistory<string>>) => history.map(({ value, start, from }) => [value, start, from?.name ?? null]);

describe("statedHistory", () => {
  it("dates a stated value from the document's publication when the statement gives no date of its own", () => {
    const history = statedHistory("status", SPEC, [
      statement("document:b", { status: "OPERATING" }, "2026-03"),
      statement("document:a", { status: "PLANNED" }, "2022"),
    ]);
    expect(summary(history)).toEqual([
      ["PLANNED", "2022-01-01", "publishedOn"],
      ["OPERATING", "2026-03-01", "publishedOn"],
    ]);
    expect(history.map((entry) => entry.provenance)).toEqual(["quote of document:a", "quote of document:b"]);
  });

  it("dates OPERATING from the opening date the statement gives, before the publication date", () => {
    const history = statedHistory("status", SPEC, [statement("document:a", { status: "OPERATING", ...date("openedOn", "2017") }, "2024-06-04")]);
    expect(summary(history)).toEqual([["OPERATING", "2017-01-01", "openedOn"]]);
  });

  it("reads an opening date stated alone as the plant running from then", () => {
    const history = statedHistory("status", SPEC, [statement("document:a", date("openedOn", "2016-05"), "2024")]);
    expect(summary(history)).toEqual([["OPERATING", "2016-05-01", "openedOn"]]);
  });

  it("keeps a stated PLANNED dated by its document even when the statement also gives an opening date", () => {
    const history = statedHistory("status", SPEC, [statement("document:a", { status: "PLANNED", ...date("openedOn", "2017") }, "2015")]);
    expect(summary(history)).toEqual([["PLANNED", "2015-01-01", "publishedOn"]]);
  });

  it("lists a statement without any date last, undated, and leaves out statements that give neither value nor date", () => {
    const history = statedHistory("status", SPEC, [
      statement("document:a", { status: "PLANNED" }),
      statement("document:b", { status: "OPERATING" }, "2026"),
      statement("document:c", { kind: "PLANT" }, "2020"),
    ]);
    expect(summary(history)).toEqual([
      ["OPERATING", "2026-01-01", "publishedOn"],
      ["PLANNED", null, null],
    ]);
  });
});

describe("statedHistory values", () => {
  it("keeps a value as stored, so a number or a boolean stays one", () => {
    const spec: HistorySpec = { from: [{ document: "publishedOn" }] };
    const history = statedHistory("lines", spec, [statement("document:a", { lines: 3 }, "2024"), statement("document:b", { lines: 4 }, "2025")]);
    expect(history.map((entry) => entry.value)).toEqual([3, 4]);
    expect(latestValue(history)).toBe(4);
  });
});

describe("readStatement", () => {
  it("parses the stated properties, keys the document's dates and keeps the rest of the mention as provenance", () => {
    const raw = { documentId: "document:a", quote: "q", properties: '{"status":"PLANNED"}', document: ["2024", "2024-01-01"] };
    expect(readStatement(raw, ["publishedOn", "publishedOn_start"])).toEqual({
      documentId: "document:a",
      properties: { status: "PLANNED" },
      document: { publishedOn: "2024", publishedOn_start: "2024-01-01" },
      provenance: { documentId: "document:a", quote: "q" },
    });
    expect(readStatement({ ...raw, properties: null }, []).properties).toEqual({});
  });
});

describe("historyTypeName", () => {
  it("names the stated-value type after the label and the property", () => {
    expect(historyTypeName("Facility", "status")).toBe("FacilityStatusStatement");
  });
});

describe("valueAsOf", () => {
  const history = statedHistory("status", SPEC, [
    statement("document:a", { status: "PLANNED" }, "2022-05"),
    statement("document:b", { status: "OPERATING" }, "2026-03"),
    statement("document:c", { status: "PLANNED" }),
  ]);

  it("answers the latest value that began on or before the day", () => {
    expect(valueAsOf(history, "2022-05-01")).toBe("PLANNED");
    expect(valueAsOf(history, "2026-02-28")).toBe("PLANNED");
    expect(valueAsOf(history, "2026-03-01")).toBe("OPERATING");
    expect(valueAsOf(history, "2030-12-31")).toBe("OPERATING");
  });

  it("answers null before anything dated was stated, whatever an undated statement says", () => {
    expect(valueAsOf(history, "2022-04-30")).toBeNull();
    expect(valueAsOf([], "2030-01-01")).toBeNull();
  });

  it("gives the later document's value when two values start the same day", () => {
    const same = statedHistory("status", SPEC, [
      statement("document:b", { status: "OPERATING" }, "2024"),
      statement("document:a", { status: "PLANNED" }, "2024"),
    ]);
    expect(valueAsOf(same, "2024-12-31")).toBe("OPERATING");
  });
});

describe("latestValue", () => {
  it("answers the value that began last, whatever the document order", () => {
    const history = statedHistory("status", SPEC, [
      statement("document:z", { status: "PLANNED" }, "2022-05"),
      statement("document:a", { status: "OPERATING" }, "2026-03"),
    ]);
    expect(latestValue(history)).toBe("OPERATING");
  });

  it("ignores an undated statement, even one from a later document", () => {
    const history = statedHistory("status", SPEC, [statement("document:a", { status: "OPERATING" }, "2026"), statement("document:z", { status: "PLANNED" })]);
    expect(latestValue(history)).toBe("OPERATING");
  });

  it("gives the later document's value when the latest values start the same day", () => {
    const same = statedHistory("status", SPEC, [
      statement("document:b", { status: "OPERATING" }, "2024"),
      statement("document:a", { status: "PLANNED" }, "2024"),
    ]);
    expect(latestValue(same)).toBe("OPERATING");
  });

  it("answers null when no stated value is dated", () => {
    expect(latestValue(statedHistory("status", SPEC, [statement("document:a", { status: "PLANNED" })]))).toBeNull();
    expect(latestValue([])).toBeNull();
  });
});

describe("latestValues", () => {
  it("gives each history property its latest value and leaves out those no statement dates", () => {
    const histories: [string, HistorySpec][] = [
      ["status", SPEC],
      ["phase", { from: [{ document: "publishedOn" }] }],
    ];
    const latest = latestValues(histories, [
      statement("document:a", { status: "PLANNED", phase: "ONE" }),
      statement("document:b", date("openedOn", "2019-04")),
    ]);
    expect(latest).toEqual({ status: "OPERATING" });
  });
});

describe("documentDateKeys", () => {
  it("names every flattened part of each document date the declarations read, once", () => {
    expect(documentDateKeys([SPEC, { from: [{ document: "publishedOn" }] }])).toEqual([
      "publishedOn",
      "publishedOn_precision",
      "publishedOn_start",
      "publishedOn_end",
      "publishedOn_text",
      "publishedOn_inferred",
    ]);
  });
});
