import { extractDocument } from "../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

describe("regions and trade blocs", () => {
  it.each(["EMEA", "MENA", "GCC", "ASEAN", "APAC", "Latin America", "Southeast Asia"])("reads %s as a market, never a company or a party", async (region) => {
    const { entities, facts } = await article(`Harlow Axles Ltd signed a supply agreement with Corvo Trucks Ltd to serve customers in ${region}.`);
    expect(entities.find((e) => e.label === "Market")).toMatchObject({ name: region });
    expect(entities.filter((e) => e.label === "Company").map((e) => e.name)).toEqual(["Harlow Axles", "Corvo Trucks"]);
    expect(facts.filter((f) => f.type === "PARTY_TO")).toHaveLength(2);
  });
});
