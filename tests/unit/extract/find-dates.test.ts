import { findDates } from "../../../src/extract/find-dates";

describe("findDates", () => {
  it("keeps each date's precision: day, month, season and year", () => {
    const text = "On June 4, 2024, they signed; talks began in September 2017, resumed in spring 2023 and the plant opened in 2017.";
    expect(findDates(text, new Date("2024-06-05")).map((d) => d.value)).toEqual(["2024-06-04", "2017-09", "2023-21", "2017"]);
  });

  it("gives offsets into the sentence", () => {
    const [date] = findDates("Operational in 2025.", null);
    expect("Operational in 2025.".slice(date.start, date.end)).toBe("2025");
  });
});
