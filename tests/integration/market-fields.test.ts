import { useSeededApp } from "./support/test-app";

const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();

describe("target markets and sales markets as separate fields", () => {
  const { client: app } = useSeededApp();

  async function query(text: string): Promise<any> {
    const { data, errors } = await app.query(text);
    expect(errors).toBeUndefined();
    return data;
  }

  it("gives a company's TARGETS_MARKET markets and its SELLS_IN markets apart, and both in the deprecated field", async () => {
    const { company } = await query(`{ company(id: "company:foton") { targetMarkets { id } salesMarkets { id } markets { id } headquarters { id } } }`);
    expect(ids(company.targetMarkets)).toEqual(["market:europe", "market:germany", "market:italy", "market:poland", "market:united-states"]);
    expect(ids(company.salesMarkets)).toEqual(["market:europe", "market:mexico"]);
    expect(new Set(ids(company.markets))).toEqual(new Set([...ids(company.targetMarkets), ...ids(company.salesMarkets)]));
    expect(ids(company.headquarters)).toEqual(["market:beijing"]);
  });

  it("gives a vehicle's target and sales markets apart", async () => {
    const { sold, targeted } = await query(`{
      sold: vehicle(id: "vehicle:foton-wvta-pure-electric-trucks") { targetMarkets { id } salesMarkets { id } }
      targeted: vehicle(id: "vehicle:foton-iveco-electric-panel-van") { targetMarkets { id } salesMarkets { id } }
    }`);
    expect(sold.targetMarkets).toEqual([]);
    expect(ids(sold.salesMarkets)).toEqual(["market:australia", "market:new-zealand", "market:singapore"]);
    expect(ids(targeted.targetMarkets)).toEqual(["market:europe", "market:south-america"]);
    expect(targeted.salesMarkets).toEqual([]);
  });

  it("reads each kind back from the market", async () => {
    const { mexico, beijing, australia } = await query(`{
      mexico: market(id: "market:mexico") { companiesSellingHere { id } companiesTargeting { id } companiesBasedHere { id } }
      beijing: market(id: "market:beijing") { companiesBasedHere { id } companiesSellingHere { id } }
      australia: market(id: "market:australia") { vehiclesSoldHere { id } vehiclesTargeting { id } }
    }`);
    expect(mexico).toEqual({ companiesSellingHere: [{ id: "company:foton" }], companiesTargeting: [], companiesBasedHere: [] });
    expect(beijing).toEqual({ companiesBasedHere: [{ id: "company:foton" }], companiesSellingHere: [] });
    expect(australia.vehiclesSoldHere.length).toBeGreaterThan(0);
    expect(australia.vehiclesTargeting).toEqual([]);
  });

  it("marks the mixed fields deprecated in introspection, naming the fields to use", async () => {
    const data = await query(`{
      company: __type(name: "Company") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
      vehicle: __type(name: "Vehicle") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
      market: __type(name: "Market") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
    }`);
    const deprecated = Object.entries(data as Record<string, { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] }>)
      .flatMap(([type, { fields }]) => fields.filter((field) => field.isDeprecated).map((field) => [type, field.name, field.deprecationReason]))
      .sort();
    expect(deprecated).toEqual([
      ["company", "markets", "Use targetMarkets or salesMarkets."],
      ["market", "companies", "Use companiesBasedHere, companiesTargeting or companiesSellingHere."],
      ["market", "vehicles", "Use vehiclesTargeting or vehiclesSoldHere."],
      ["vehicle", "markets", "Use targetMarkets or salesMarkets."],
    ]);
  });
});
