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

  it("reads money written with a currency code, a pound sign or a currency word after 'bn', and not the noun after the amount", async () => {
    expect(await figureFacts("Skarvhavn Trafikk signed a deal worth about NOK 900 million.")).toEqual(["Company HAS_FIGURE about NOK 900 million"]);
    expect(await figureFacts("Brandauer Nutzfahrzeuge AG will buy cells worth 1.5 bn US dollars.")).toEqual(["Company HAS_FIGURE 1.5 bn US dollars"]);
    expect(await figureFacts("Dunmore Battery Systems opened a £45m factory making battery packs in Llanelli.")).toEqual(["Facility HAS_FIGURE £45m"]);
  });

  it("reads a fraction as a share, and the share a place takes applies to that place", async () => {
    expect(await figureFacts('Trellund Bus sells buses across the Nordics. "Norway already takes a quarter of our output," it said.')).toContain(
      "a quarter of APPLIES_TO Norway",
    );
    expect(await figureFacts("Ohmly Energy said the first chargers would ship in the second half of next year.")).toEqual([]);
  });

  it("reads one figure for a range and none for a currency conversion after an amount", async () => {
    expect(await figureFacts("Brandauer Nutzfahrzeuge AG kept its guidance of revenue of EUR 9bn to EUR 9.5bn.")).toEqual(["Company HAS_FIGURE EUR 9bn"]);
    expect(await figureFacts("Caravela Trucks is spending R$ 600 million, about 110 million US dollars, on new presses.")).toEqual([
      "Company HAS_FIGURE R$ 600 million",
    ]);
  });

  it("gives a count made from or at a facility to the facility, and a count beside an investment in a facility to the company", async () => {
    expect(await figureFacts("Meridian Autoparts will supply 30,000 drive units a year from its factory in Ohio.")).toEqual([
      "Facility HAS_FIGURE 30,000 drive units",
    ]);
    expect(
      await figureFacts("Ampwise GmbH has installed 40 megawatt chargers along the corridor and is investing 25 million euros in a service centre in Como."),
    ).toEqual(["Company HAS_FIGURE 40 megawatt chargers", "Facility HAS_FIGURE 25 million euros"]);
  });

  it("gives a figure to the company the subject refers to, not to a company named later in the sentence", async () => {
    const facts = await figureFacts("Bayline Freight runs terminals. The carrier has ordered 400 K-470e tractors from Kessling Trucks.");
    expect(facts).toContain("Company HAS_FIGURE 400 K-470e tractors");
    const { entities, facts: all } = await article("Bayline Freight runs terminals. The carrier has ordered 400 K-470e tractors from Kessling Trucks.");
    const owner = all.find((f) => f.type === "HAS_FIGURE")!.from;
    expect(entities.find((e) => e.id === owner)?.name).toBe("Bayline Freight");
  });

  it("gives a stake to the company that holds it, and a quantity an agreement covers to no company", async () => {
    const { entities, facts } = await article("AuraLok GmbH will be owned 51 percent by Auerbach Lokomotivbau AG and 49 percent by Lekstroom Rail BV.");
    const owners = facts.filter((f) => f.type === "HAS_FIGURE").map((f) => entities.find((e) => e.id === f.from)?.name);
    expect(owners).toEqual(["Auerbach Lokomotivbau", "Lekstroom Rail"]);
    expect(await figureFacts("Nordcell signed a framework agreement with Kestova Bus. It covers up to 1,200 packs for the Kestova E-Liner 13 coach.")).toEqual([
      "up to 1,200 packs APPLIES_TO E-Liner 13",
    ]);
  });

  it("applies a figure sold somewhere to every place it is sold in, and a fleet or an installed base to no place", async () => {
    expect(await figureFacts("Arcadia Motors plans to sell 50,000 units a year in the United States and Canada.")).toEqual([
      "Company HAS_FIGURE 50,000 units",
      "50,000 units APPLIES_TO United States",
      "50,000 units APPLIES_TO Canada",
    ]);
    expect(await figureFacts("Ohmly Energy has installed more than 1,800 chargers in North America and Europe.")).toEqual([
      "Company HAS_FIGURE more than 1,800 chargers",
    ]);
  });

  it("applies a count of a model's plural or of a model named after it to that model", async () => {
    expect(await figureFacts("Redline Carriers ordered the eBX-40 tractor last year. Redline Carriers has ordered another 500 eBX-40s.")).toContain(
      "another 500 eBX-40s APPLIES_TO eBX-40",
    );
    expect(
      await figureFacts("Pennock Rail Freight Ltd has ordered 12 battery-hybrid shunting locomotives, the ML-Hybrid 700, from Moravske Lokomotivy."),
    ).toContain("12 battery-hybrid shunting locomotives APPLIES_TO ML-Hybrid 700");
  });

  it("gives a figure to the company a possessive names, or to the last company named before 'the operator's'", async () => {
    const { entities, facts } = await article(
      "GridHaul BV has extended its contract with barge operator Rijnvaart Container Lines BV to schedule charging for the operator's 14 electric inland vessels.",
    );
    const owner = facts.find((f) => f.type === "HAS_FIGURE")!.from;
    expect(entities.find((e) => e.id === owner)?.name).toBe("Rijnvaart Container Lines");
  });

  it("gives a cost to the facility the sentence before named when the sentence starts 'It', and money 'towards the project' to the article's first facility", async () => {
    expect(
      await figureFacts("Brenna Thermal Systems is building a second plant in Legnica. It will cost about EUR 48m and should start production in 2027."),
    ).toEqual(["Facility HAS_FIGURE about EUR 48m"]);
    expect(await figureFacts("Aurelia Bus SAS opened a factory in Annecy. It employs 900 people.")).toEqual(["Company HAS_FIGURE 900 people"]);
    expect(
      await figureFacts("Dunmore Battery Systems Ltd opened a factory in Llanelli. The Welsh Government put £8m towards the project through its fund."),
    ).toEqual(["Facility HAS_FIGURE £8m"]);
  });

  it("reads no figure in a share price's move nor in a number that ends a model's name", async () => {
    expect(await figureFacts("Shares in Brandauer Nutzfahrzeuge AG closed 3.1 percent higher in Frankfurt.")).toEqual([]);
    expect(await figureFacts("Tarunya Motors Ltd fits every one of its Citra 12 electric buses with a heat pump.")).toEqual([]);
  });

  it("gives what 'our' shareholders put in to the company speaking, not to an investor named in the sentence", async () => {
    const { entities, facts } = await article(
      'Brenna Thermal Systems makes heat pumps. "Our shareholders, led by the fund Odra Growth Partners, put in PLN 120 million in the spring," the founder said.',
    );
    const owner = facts.find((f) => f.type === "HAS_FIGURE")!.from;
    expect(entities.find((e) => e.id === owner)?.name).toBe("Brenna Thermal Systems");
  });

  it("gives a figure to the company a referring subject goes on to name ('The venture, to be called X, plans ...')", async () => {
    const { entities, facts } = await article(
      "Qasr Gateway Terminals LLC and Halvari Oy formed a venture. The venture, to be called SwapHaul BV, plans 40 stations by the end of 2027.",
    );
    const owner = facts.find((f) => f.type === "HAS_FIGURE")!.from;
    expect(entities.find((e) => e.id === owner)?.name).toBe("SwapHaul");
  });

  it("reads an amount after 'at' as money, not as an hour", async () => {
    expect(await figureFacts("Alpen-Trans Logistik AG has ordered 60 trucks, a contract he put at 18 million Swiss francs.")).toEqual([
      "Company HAS_FIGURE 60 trucks",
      "Company HAS_FIGURE 18 million Swiss francs",
    ]);
  });
});
