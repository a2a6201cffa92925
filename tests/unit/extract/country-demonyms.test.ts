import { countryAfterThe, countryOfDemonym } from "../../../src/extract/country-demonyms";
import { extractDocument } from "../../../src/extract/extract-document";
import type { KnownEntity } from "../../../src/extract/extraction";

const GRAPH: KnownEntity[] = [
  { id: "market:united-states", label: "Market", name: "United States", nameKeys: ["united states", "u s", "us"] },
  { id: "market:united-kingdom", label: "Market", name: "United Kingdom", nameKeys: ["united kingdom"] },
  { id: "market:brazil", label: "Market", name: "Brazil", nameKeys: ["brazil"] },
  { id: "market:bulgaria", label: "Market", name: "Bulgaria", nameKeys: ["bulgaria"] },
];
const lookup = async (keys: string[]) => GRAPH.filter((entity) => entity.nameKeys.some((key) => keys.includes(key)));
const taken = async (ids: string[]) => ids.filter((id) => GRAPH.some((entity) => entity.id === id));

async function marketsOf(text: string): Promise<{ id: string; existing: boolean }[]> {
  const { entities } = await extractDocument({ title: "Test", text, publishedOn: "2024-06-04" }, lookup, taken);
  return entities.filter((entity) => entity.label === "Market").map(({ id, existing }) => ({ id, existing }));
}

describe("countries named by adjectives and abbreviations", () => {
  it("derives demonyms from the country list and the lexicon's demonyms", () => {
    expect(countryOfDemonym("brazilian")?.name).toBe("Brazil");
    expect(countryOfDemonym("bulgarian")?.name).toBe("Bulgaria");
    expect(countryOfDemonym("mexican")?.name).toBe("Mexico");
    expect(countryOfDemonym("belgian")?.name).toBe("Belgium");
  });

  it("takes demonyms no rule derives, or derives wrongly, from the declared table", () => {
    expect(countryOfDemonym("swiss")?.name).toBe("Switzerland");
    expect(countryOfDemonym("nigerian")?.name).toBe("Nigeria");
    expect(countryOfDemonym("nigerien")?.name).toBe("Niger");
    expect(countryOfDemonym("dominican")?.name).toBe("Dominican Republic");
    expect(countryOfDemonym("british")?.name).toBe("United Kingdom");
  });

  it("gives no country for a region's adjective or an ordinary word", () => {
    expect(countryOfDemonym("european")).toBeNull();
    expect(countryOfDemonym("electric")).toBeNull();
    expect(countryAfterThe("states")?.name).toBe("United States");
    expect(countryAfterThe("company")).toBeNull();
  });

  it("resolves Brazilian and Bulgarian to the graph's countries", async () => {
    expect(await marketsOf("Brazilian bus maker Marcopolo will buy batteries from a Bulgarian supplier.")).toEqual([
      { id: "market:brazil", existing: true },
      { id: "market:bulgaria", existing: true },
    ]);
  });

  it.each(["U.S.", "USA", "US", "the States"])("resolves %s to the graph's United States, never a numbered copy", async (name) => {
    expect(await marketsOf(`Volta Cells plans to sell its trucks in ${name} from 2026.`)).toEqual([{ id: "market:united-states", existing: true }]);
  });

  it("resolves UK and the adjective British to the graph's United Kingdom", async () => {
    const markets = await marketsOf("Volta Cells sells vans in the UK. A British fleet bought forty of them.");
    expect(markets).toEqual([{ id: "market:united-kingdom", existing: true }]);
  });
});
