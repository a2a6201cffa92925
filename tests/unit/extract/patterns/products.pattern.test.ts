import { extractDocument } from "../../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

/** The vehicles an article yields, as "name (kind)", and its facts between vehicles and companies as "from TYPE to". */
async function products(text: string): Promise<{ vehicles: string[]; facts: string[] }> {
  const { entities, facts, factsFile } = await article(text);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  const vehicles = factsFile.entities.filter((e) => e.label === "Vehicle");
  const about = facts.filter((f) => ["DEVELOPS", "BASED_ON"].includes(f.type));
  return { vehicles: vehicles.map((v) => `${v.name} (${String(v.properties?.kind)})`), facts: about.map((f) => `${name(f.from)} ${f.type} ${name(f.to)}`) };
}

describe("products and platforms", () => {
  it("reads a model code with digits and hyphens, and who develops it", async () => {
    expect(await products("Dellmark Trucks unveiled the TX-400H in Madrid.")).toEqual({
      vehicles: ["TX-400H (MODEL)"],
      facts: ["Dellmark Trucks DEVELOPS TX-400H"],
    });
  });

  it("takes the company of a relative clause that makes the model as its developer", async () => {
    const { facts } = await products("Kargo9 runs eight trucks from Hyvolta, powered by the HydraCore™ 120 stack that Hyvolta makes in Bolzano.");
    expect(facts).toContain("Hyvolta DEVELOPS HydraCore 120");
    expect(facts).not.toContain("Kargo9 DEVELOPS HydraCore 120");
  });

  it("takes 'our' as the company the article names first, with adjectives before the model", async () => {
    const { facts } = await products("Keystone Motor Works builds trucks in Ohio. The K-HAUL E8 shares its chassis with our diesel K-HAUL 88.");
    expect(facts).toContain("Keystone Motor Works DEVELOPS K-HAUL 88");
  });

  it("reads a model its maker names even without a product verb, and the customer a part is for as the model's maker", async () => {
    const named = await products("Kestova Motors is a coach builder. Nordcell has packs for the Kestova Motors E-Liner 13 coach.");
    expect(named.facts).toContain("Kestova Motors DEVELOPS E-Liner 13");
    const forCustomer = await products("ORVANA AB will supply its HX-220 electric axle to truck maker Dellmark for the T9e.");
    expect(forCustomer.facts).toEqual(["ORVANA DEVELOPS HX-220", "Dellmark DEVELOPS T9e"]);
  });

  it("leaves a bare model code with no verb and no maker out", async () => {
    expect((await products("Dellmark Trucks unveiled the KX-9 in Lyon.")).vehicles).toEqual(["KX-9 (MODEL)"]);
    expect((await products("Dellmark Trucks is a truck maker. The KX-9 is popular.")).vehicles).toEqual([]);
  });

  it("takes weight classes listed together as market segments, not a product line", async () => {
    expect((await products("Dellmark Trucks designs, makes and sells light, medium and heavy trucks.")).vehicles).toEqual([]);
    expect((await products("Dellmark Trucks unveiled new electric trucks in Madrid.")).vehicles).toEqual(["electric trucks (PRODUCT_LINE)"]);
  });

  it("reads a trademarked brand and the number after it as one model", async () => {
    const { vehicles } = await products("HELIOS Fuel Systems GmbH supplies its HyStack™ 200 fuel-cell module to bus makers.");
    expect(vehicles).toEqual(["HyStack 200 (MODEL)"]);
  });

  it("takes a Class 8 category and a noun phrase in apposition as describing the model, not as products", async () => {
    const before = await products("Keystone Motor Works unveiled its Class 8 battery-electric truck, the K-HAUL E8, in Dallas.");
    expect(before.vehicles).toEqual(["K-HAUL E8 (MODEL)"]);
    const after = await products("Keystone Motor Works unveiled the T9e, a Class 8 battery-electric tractor, in Dallas.");
    expect(after.vehicles).toEqual(["T9e (MODEL)"]);
  });

  it("reads a name with a lower-case code after 'its' as the model, not its noun", async () => {
    const { vehicles } = await products("Brightway Buses builds its Metro e12 city bus in Bursa.");
    expect(vehicles).toEqual(["Metro e12 (MODEL)"]);
  });

  it("makes a code before 'platform' a platform, and what is built on it based on it", async () => {
    const { vehicles, facts } = await products("Velmar Trucks builds the T-44 tractors, built on its MX7 platform.");
    expect(vehicles).toEqual(["T-44 (MODEL)", "MX7 (PLATFORM)"]);
    expect(facts).toContain("T-44 BASED_ON MX7");
  });

  it("reads battery chemistries, cell formats and fuel-cell products as product lines", async () => {
    expect((await products("Kelvra Energy makes LFP cells in the 4680 format.")).vehicles).toEqual(["LFP cells in the 4680 format (PRODUCT_LINE)"]);
    expect((await products("Hyvolta Systems builds fuel-cell stacks in Bolzano.")).vehicles).toEqual(["fuel-cell stacks (PRODUCT_LINE)"]);
  });

  it("leaves a category and a standard with a number, such as Class 8 or Euro 6, no model", async () => {
    expect((await products("Dellmark Trucks builds Class 8 tractors that meet Euro 6.")).vehicles.filter((v) => /Class|Euro/.test(v))).toEqual([]);
  });
});
