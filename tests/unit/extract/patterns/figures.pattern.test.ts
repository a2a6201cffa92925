import { extractDocument } from "../../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

/** The HAS_FIGURE and APPLIES_TO facts of an article, as "owner label TYPE figure" with the owner's label. */
async function figureFacts(text: string): Promise<string[]> {
  const { entities, facts } = await article(text);
  const entity = (id: string) => entities.find((e) => e.id === id)!;
  return facts
    .filter((f) => f.type === "HAS_FIGURE" || f.type === "APPLIES_TO")
    .map(
      (f) =>
        `${entity(f.from).label === "Figure" ? entity(f.from).name : entity(f.from).label} ${f.type} ${entity(f.to).label === "Figure" ? entity(f.to).name : entity(f.to).name}`,
    );
}

describe("figures about what their sentence is about", () => {
  it("gives a plant's investment to the plant, in any tense of the verb", async () => {
    expect(await figureFacts("Orvana Components will build the axles at its plant in Lund, where it is investing 45 million euros.")).toEqual([
      "Facility HAS_FIGURE 45 million euros",
    ]);
  });

  it("gives the jobs stated after a planned plant to the plant, and the company's own headcount to the company", async () => {
    expect(await figureFacts("Kelvra Energy will open a second plant in Grenoble, which should employ about 800 people.")).toEqual([
      "Facility HAS_FIGURE about 800 people",
    ]);
    expect(await figureFacts("Kelvra Energy employs 900 people.")).toEqual(["Company HAS_FIGURE 900 people"]);
  });

  it("applies a count of a named model to that model, and reads no figure inside a model's name", async () => {
    expect(await figureFacts("Freightline Partners has ordered 150 eLX 600 tractors from Valder Trucks.")).toEqual([
      "Company HAS_FIGURE 150 eLX 600 tractors",
      "150 eLX 600 tractors APPLIES_TO eLX 600",
    ]);
  });
});
