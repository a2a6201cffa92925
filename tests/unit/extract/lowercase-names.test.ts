import { extractDocument } from "../../../src/extract/extract-document";
import type { KnownEntity } from "../../../src/extract/extraction";

const GRAPH: KnownEntity[] = [
  { id: "company:foton", label: "Company", name: "Foton", nameKeys: ["foton", "beiqi foton motor co", "beiqi foton motor"] },
  { id: "market:mexico", label: "Market", name: "Mexico", nameKeys: ["mexico"] },
];
const lookup = async (keys: string[]) => GRAPH.filter((entity) => entity.nameKeys.some((key) => keys.includes(key)));
const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2024-06-04" }, lookup);

describe("company names in any case", () => {
  it("makes ACME, Acme and acme one new company, and reads the lower-case sentence's facts", async () => {
    const { entities, facts } = await article("ACME Corp. builds electric vans. Acme said demand was strong. acme sells its vans in Mexico.");
    const companies = entities.filter((entity) => entity.label === "Company");
    expect(companies.map(({ id, name }) => ({ id, name }))).toEqual([{ id: "company:acme", name: "Acme" }]);
    expect(facts).toContainEqual(expect.objectContaining({ type: "SELLS_IN", from: "company:acme", to: "market:mexico" }));
  });

  it("resolves FOTON, Foton and foton to the graph's company", async () => {
    const { entities, facts } = await article("BEIQI FOTON MOTOR CO. builds trucks. Foton said demand was strong. foton sells its trucks in Mexico.");
    expect(entities.filter((entity) => entity.label === "Company")).toEqual([expect.objectContaining({ id: "company:foton", existing: true })]);
    expect(facts).toContainEqual(expect.objectContaining({ type: "SELLS_IN", from: "company:foton", to: "market:mexico" }));
  });

  it("leaves a lower-case word after a determiner, or one that reads as an adjective, a word", async () => {
    const shell = await article("Shell Ltd. builds depots. Traders set up a shell in Mexico.");
    expect(shell.facts.filter((fact) => fact.from === "company:shell")).toEqual([]);
    const polar = await article("Polar Bus Sp. z o.o. builds buses. The polar winter in Mexico slowed sales.");
    expect(polar.entities.filter((entity) => entity.label === "Company")).toHaveLength(1);
    expect(polar.facts.filter((fact) => fact.to === "market:mexico")).toEqual([]);
  });
});
