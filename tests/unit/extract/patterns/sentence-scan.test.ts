import { extractDocument } from "../../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

describe("references to a company named in the sentence before", () => {
  it("gives a fact of 'its' to the first company of the previous sentence, quoting both sentences with a lower confidence", async () => {
    const text = "Brightwater Motors Ltd bought Selden Axle Corp. last year. Its plant in Cordoba builds light trucks.";
    const { entities, facts } = await article(text);
    const brightwater = entities.find((e) => e.name.startsWith("Brightwater"))!;
    const operates = facts.find((f) => f.type === "OPERATES")!;
    expect(operates.from).toBe(brightwater.id);
    expect(operates.quote).toBe(text);
    expect(operates.confidence).toBeLessThan(0.7);
  });

  it("resolves 'the company' to the previous sentence's subject rather than the company the article names most", async () => {
    const { entities, facts } = await article(
      "Ostrava Cells Ltd supplies Danube Trucks Ltd and Danube Buses Ltd. Danube Trucks Ltd builds trucks. Ostrava Cells Ltd opened a lab. The company opened a plant in Brno.",
    );
    const ostrava = entities.find((e) => e.name.startsWith("Ostrava"))!;
    expect(facts.filter((f) => f.type === "OPERATES").map((f) => f.from)).toContain(ostrava.id);
  });

  it("reads the first word of a company's name, alone, as that company", async () => {
    const { entities } = await article("Tamsin Freight Systems Ltd opened a hub in Lyon. Tamsin employs 300 people.");
    expect(entities.filter((e) => e.label === "Company").map((e) => e.name)).toEqual(["Tamsin Freight Systems"]);
  });
});
