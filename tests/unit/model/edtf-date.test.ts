import { DatePrecision, parseEdtfDate } from "../../../src/model/edtf-date";

describe("parseEdtfDate", () => {
  it("keeps a day's precision", () => {
    expect(parseEdtfDate("2024-06-04")).toEqual({ value: "2024-06-04", precision: DatePrecision.DAY, start: "2024-06-04", end: "2024-06-04" });
  });

  it("spans a whole month for a month", () => {
    expect(parseEdtfDate("2021-02")).toMatchObject({ precision: DatePrecision.MONTH, start: "2021-02-01", end: "2021-02-28" });
  });

  it("reads EDTF season 21 as spring, March to May", () => {
    expect(parseEdtfDate("2023-21")).toMatchObject({ precision: DatePrecision.SEASON, start: "2023-03-01", end: "2023-05-31" });
  });

  it("runs winter into the next year", () => {
    expect(parseEdtfDate("2022-24")).toMatchObject({ precision: DatePrecision.SEASON, start: "2022-12-01", end: "2023-02-28" });
  });

  it("spans a whole year for a year", () => {
    expect(parseEdtfDate("2022")).toMatchObject({ precision: DatePrecision.YEAR, start: "2022-01-01", end: "2022-12-31" });
  });

  it.each(["June 3", "2024-13", "2023-02-30", "24-06-04", ""])("rejects %p", (value) => {
    expect(parseEdtfDate(value)).toBeNull();
  });
});
