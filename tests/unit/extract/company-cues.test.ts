import { extractDocument } from "../../../src/extract/extract-document";
import { hasCompanyCue } from "../../../src/extract/company-cues";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

/** The names of the companies an article yields, sorted. */
async function companies(text: string): Promise<string[]> {
  const { entities } = await article(text);
  return entities
    .filter((e) => e.label === "Company")
    .map((e) => e.name)
    .sort();
}

describe("companies named without a legal form", () => {
  it.each([
    ["a company noun before the name", "Orders rose after truck maker Dellmark cut prices.", ["Dellmark"]],
    ["an appositive after it", "The chargers come from Ampwise, a Munich startup.", ["Ampwise"]],
    ["a possessive of what only companies have", "Output rose at Brightway's plant in Bursa.", ["Brightway"]],
    ["a business verb it is the subject of", "Shipments grew as Kargo9 ordered more tractors.", ["Kargo9"]],
    ["the other side of a deal", "Freightline Partners signed a deal with Orvana.", ["Freightline Partners", "Orvana"]],
    ["the other side of a letter of intent", "Harwick Rail signed a letter of intent with Dobrany Vozy for six shunters.", ["Dobrany Vozy", "Harwick Rail"]],
    ["the name a venture is to be given", "The venture, to be called TrackSwap, plans 40 depots.", ["TrackSwap"]],
    ["the name of a venture in apposition", "The venture, BlueLoop, will be based in Leeds.", ["BlueLoop"]],
  ])("finds one from %s", async (_cue, text, expected) => {
    expect(await companies(text)).toEqual(expected);
  });

  it("makes every name listed with a company a company, digits, hyphens and ampersands included", async () => {
    expect(await companies("Today Alpen-Trans Logistik, Kargo9 and B&K Fleet Services share a corridor.")).toEqual(
      expect.arrayContaining(["Alpen-Trans Logistik", "Kargo9", "B&K Fleet Services"]),
    );
  });

  it("makes ORVANA, Orvana and orvana one company", async () => {
    const found = await companies("Driveline supplier ORVANA will supply axles. Orvana builds them in Lund. orvana said demand was strong.");
    expect(found).toHaveLength(1);
  });

  it("takes a three-word name without its industry ending as the same company", async () => {
    expect(await companies("Alpen-Trans Logistik opened a depot in Chiasso. The Basel-based Alpen-Trans now runs 120 trucks.")).toEqual([
      "Alpen-Trans Logistik",
    ]);
  });

  it("leaves people, places, regions and sentence-initial everyday words alone", async () => {
    const { entities } = await article(
      "Truck maker Dellmark Trucks grew in EMEA and MENA. Today it sells in Poland. Buyers ordered more vans, said Maren Holt, chief executive of Dellmark Trucks.",
    );
    const labelled = Object.fromEntries(entities.map((e) => [e.name, e.label]));
    expect(labelled).toMatchObject({ EMEA: "Market", MENA: "Market", Poland: "Market", "Maren Holt": "Person", "Dellmark Trucks": "Company" });
    expect(entities.filter((e) => e.label === "Company").map((e) => e.name)).toEqual(["Dellmark Trucks"]);
  });

  it("sees no cue in an everyday phrase", () => {
    expect(hasCompanyCue("prices rose in ", " last year.")).toBe(false);
    expect(hasCompanyCue("said ", ", the company's head of sales.")).toBe(false);
  });
});
