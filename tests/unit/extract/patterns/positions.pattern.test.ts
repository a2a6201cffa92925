import { extractDocument } from "../../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

/** The positions an article yields, as "person → company (title)". */
async function positions(text: string): Promise<string[]> {
  const { entities, facts } = await article(text);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  return facts.filter((f) => f.type === "HOLDS_POSITION").map((f) => `${name(f.from)} → ${name(f.to)}`);
}

describe("positions in every common shape", () => {
  it.each([
    ["CEO of X, Name", "Fenwick Rail Ltd opened a depot in Leeds, said the CEO of Fenwick Rail Ltd, Owen Marsh."],
    ["X's chief executive Name", "Fenwick Rail Ltd opened a depot. Fenwick's chief executive Owen Marsh cut the ribbon."],
    ["Name, X's head of Y", "Owen Marsh, Fenwick Rail Ltd's head of depots, opened the site."],
    ["Name, who leads X's Y unit", "Fenwick Rail Ltd opened a depot. Owen Marsh, who leads Fenwick's depot unit, cut the ribbon."],
    ["X title Name", "Fenwick Rail Ltd opened a depot. Fenwick president Owen Marsh cut the ribbon."],
    ["Y director Name", "Fenwick Rail Ltd opened a depot in Leeds. Operations director Owen Marsh cut the ribbon."],
    ["its title Name", "Fenwick Rail Ltd opened a depot in Leeds. Its chief executive Owen Marsh cut the ribbon."],
    ["Name, title at X", "Owen Marsh, chief operating officer at Fenwick Rail Ltd, opened the depot."],
  ])("reads %s", async (_shape, text) => {
    expect(await positions(text)).toEqual(["Owen Marsh → Fenwick Rail"]);
  });

  it("gives a title before a name its unit: 'head of Asia business'", async () => {
    const { facts } = await article("Fenwick Rail Ltd grew. Its head of Asia business, Priya Nair, moved to Delhi.");
    expect(facts.find((f) => f.type === "HOLDS_POSITION")).toBeDefined();
  });

  it("does not make a person of a company named before a comma and a place", async () => {
    const { entities } = await article("Fenwick Rail Ltd opened a depot in Leeds, the company said.");
    expect(entities.filter((e) => e.label === "Person")).toEqual([]);
  });
});
