import { productWords, sameDescribed, type Described } from "../../../src/extract/same-described";

const noOther = () => undefined;

function facility(key: string, operator: string, properties: Record<string, unknown>, place?: string): Described {
  const links = [{ type: "OPERATES", from: operator, to: key }, ...(place ? [{ type: "LOCATED_IN", from: key, to: place }] : [])];
  return { key, label: "Facility", name: "plant", properties, links };
}

function figure(key: string, subject: string, properties: Record<string, unknown>): Described {
  return { key, label: "Figure", name: "figure", properties, links: [{ type: "HAS_FIGURE", from: subject, to: key }] };
}

describe("sameDescribed for facilities", () => {
  it("takes a plant with the same operator and ordinal as the same plant, wherever each is placed", () => {
    expect(sameDescribed(facility("a", "foton", { ordinal: 2 }, "mexico"), facility("b", "foton", { ordinal: 2 }, "jalisco"), noOther)).toBe(true);
    expect(sameDescribed(facility("a", "foton", { ordinal: 1 }, "jalisco"), facility("b", "foton", { ordinal: 2 }, "jalisco"), noOther)).toBe(false);
  });

  it("takes a plant without an ordinal at the same place as the same plant, unless one is planned and the other running", () => {
    expect(sameDescribed(facility("a", "foton", { status: "OPERATING" }, "jalisco"), facility("b", "foton", {}, "jalisco"), noOther)).toBe(true);
    expect(sameDescribed(facility("a", "foton", { status: "PLANNED" }, "jalisco"), facility("b", "foton", { status: "OPERATING" }, "jalisco"), noOther)).toBe(
      false,
    );
  });

  it("never takes another operator's plant, or a plant of another kind, as the same", () => {
    expect(sameDescribed(facility("a", "foton", { ordinal: 1 }, "jalisco"), facility("b", "catl", { ordinal: 1 }, "jalisco"), noOther)).toBe(false);
    expect(sameDescribed(facility("a", "foton", { kind: "PLANT" }, "dubai"), facility("b", "foton", { kind: "DISTRIBUTION_CENTER" }, "dubai"), noOther)).toBe(
      false,
    );
  });
});

describe("sameDescribed for figures", () => {
  it("takes a figure of the same subject, value and unit head as the same, whatever words its unit has", () => {
    expect(sameDescribed(figure("a", "foton", { value: 3000, unit: "electric units" }), figure("b", "foton", { value: 3000, unit: "units" }), noOther)).toBe(
      true,
    );
    expect(
      sameDescribed(figure("a", "plant", { value: 1e9, unit: "USD", metric: "investment" }), figure("b", "plant", { value: 1e9, unit: "USD" }), noOther),
    ).toBe(true);
  });

  it("tells figures apart by subject, value, unit or a metric both state", () => {
    const goal = figure("b", "foton", { value: 3000, unit: "units", metric: "units sold" });
    expect(sameDescribed(figure("a", "catl", { value: 3000, unit: "units" }), goal, noOther)).toBe(false);
    expect(sameDescribed(figure("a", "foton", { value: 2500, unit: "units" }), goal, noOther)).toBe(false);
    expect(sameDescribed(figure("a", "foton", { value: 3000, unit: "employees" }), goal, noOther)).toBe(false);
    expect(sameDescribed(figure("a", "foton", { value: 3000, unit: "units", metric: "units built" }), goal, noOther)).toBe(false);
  });
});

describe("productWords", () => {
  it("keeps a product name's distinguishing words, singular, without fillers", () => {
    expect(productWords("Pure electric trucks")).toEqual(["electric", "truck"]);
    expect(productWords("the new buses")).toEqual(["bus"]);
  });
});
