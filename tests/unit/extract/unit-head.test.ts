import { unitHead } from "../../../src/extract/unit-head";

describe("unitHead", () => {
  it.each([
    ["USD", ["$", "US$", "dollars", "US dollars", "usd"]],
    ["EUR", ["€", "euros", "EUR"]],
    ["KRW", ["won", "KRW"]],
    ["CNY", ["yuan", "RMB", "CNY"]],
  ])("reads every way of writing %s as one currency", (code, units) => {
    for (const unit of units) expect(unitHead(unit)).toBe(unitHead(code));
  });

  it("reads other units by their last word, and tells different units apart", () => {
    expect(unitHead("electric units")).toBe(unitHead("units"));
    expect(unitHead("dollars")).not.toBe(unitHead("euros"));
    expect(unitHead("employees")).not.toBe(unitHead("units"));
    expect(unitHead(undefined)).toBe("");
  });
});
