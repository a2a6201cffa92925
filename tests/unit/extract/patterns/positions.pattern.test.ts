import { extractDocument } from "../../../../src/extract/extract-document";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

/** The positions an article yields, as "person → company". */
async function positions(text: string): Promise<string[]> {
  const { entities, facts } = await article(text);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  return facts.filter((f) => f.type === "HOLDS_POSITION").map((f) => `${name(f.from)} → ${name(f.to)}`);
}

/** The positions an article yields, as "person → company (title / unit)", and the people it names. */
async function titledPositions(text: string): Promise<{ people: string[]; positions: string[] }> {
  const { entities, factsFile } = await article(text);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  const held = (factsFile.relationships ?? []).filter((f) => f.type === "HOLDS_POSITION");
  return {
    people: entities.filter((e) => e.label === "Person").map((e) => e.name),
    positions: held.map((f) => `${name(f.from)} → ${name(f.to)} (${String(f.properties?.title)} / ${String(f.properties?.unit ?? "")})`),
  };
}

describe("references by a company's home", () => {
  it("takes 'the Polish firm' for the company the article put in Poland, not the company of the sentence before", async () => {
    const { entities, facts } = await article(
      "Polish heat-pump maker Brenna Thermal Systems supplies bus makers. Tarunya Motors is a truck maker in Pune. The Polish firm has doubled its sales to 300 units.",
    );
    const name = (id: string) => entities.find((e) => e.id === id)!.name;
    expect(facts.filter((f) => f.type === "HAS_FIGURE").map((f) => `${name(f.from)} → ${name(f.to)}`)).toEqual(["Brenna Thermal Systems → 300 units"]);
  });
});

describe("positions through a reference", () => {
  it("reads 'The company's managing director, Name' at a sentence start as a position at the company before", async () => {
    const text = "Dunmore Battery Systems opened a plant in Llanelli. The company's managing director, Owain Pritchard, grew up nearby.";
    expect(await positions(text)).toEqual(["Owain Pritchard → Dunmore Battery Systems"]);
  });

  it("gives an 'Its' that opens a sentence to the company the sentences before were about, not to one named after it", async () => {
    const text =
      "Trellund Motors will source cells from Amperis, a Korean cell maker. Amperis supplies cells to bus makers. The group has said it wants a plant. Its head of Europe, Park Ji-ho, declined to comment on the Trellund deal.";
    expect(await positions(text)).toEqual(["Park Ji-ho → Amperis"]);
  });
});

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

  it.each([
    ["Name, who runs X as title", "Lena Ortiz, who runs Volta Cells as chief executive, said the plant opens in May.", "chief executive / "],
    ["Name, who heads the group's Y unit", "Lena Ortiz, who heads the group's battery unit, said the plant opens in May.", "head / battery"],
    ["At X, title Name", "At Volta Cells, chief technology officer Lena Ortiz said the plant opens in May.", "chief technology officer / "],
    ["said Title Name", "The plant opens in May, said Chief Executive Lena Ortiz.", "Chief Executive / "],
    ["said the CEO of X, Name", "The plant opens in May, said the CEO of Volta Cells, Lena Ortiz.", "CEO / "],
    ["Name, X title", "Lena Ortiz, Volta Cells chief executive, said the plant opens in May.", "chief executive / "],
    ["Name, the title of X", "Lena Ortiz, the purchasing director of Volta Cells, said the plant opens in May.", "purchasing director / purchasing"],
    ["Name, the company's title", "The plant opens in May, said Lena Ortiz, the company's chief executive.", "chief executive / "],
    ["Name is title of X", "Lena Ortiz is chief executive of Volta Cells and said the plant opens in May.", "chief executive / "],
    ["Y director Name", "Manufacturing director Lena Ortiz said the plant opens in May.", "Manufacturing director / Manufacturing"],
  ])("reads %s with its title and unit, and the company from the sentence before", async (_shape, second, titleAndUnit) => {
    const { people, positions: held } = await titledPositions(`Volta Cells GmbH opened a plant in Leeds. ${second}`);
    expect(people).toEqual(["Lena Ortiz"]);
    expect(held).toEqual([`Lena Ortiz → Volta Cells (${titleAndUnit})`]);
  });

  it("takes the company of an 'At X,' opener written in lower case when the article capitalises it elsewhere", async () => {
    const text = "Volta Cells GmbH opened a plant in Leeds. At volta cells, chief technology officer Lena Ortiz said the plant opens in May.";
    const { positions: held } = await titledPositions(text);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatch(/^Lena Ortiz → volta cells \(chief technology officer/i);
  });

  it("gives no other company the position when the title names one it did not recognise", async () => {
    const text =
      "Fenwick Rail Ltd will supply packs. Claire Dumas, Aurelia Transit's purchasing director, said so. Jonas Ek, sales director at aurelia transit, agreed.";
    expect(await positions(text)).toEqual([]);
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
