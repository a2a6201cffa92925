import { recognizeEntities } from "../../../src/extract/recognize-entities";

const companiesIn = (text: string) =>
  recognizeEntities(text, { index: 0, text, start: 0, end: text.length }, { labelOf: () => null })
    .filter((mention) => mention.label === "Company")
    .map((mention) => mention.text);

describe("companies the text introduces by their trade", () => {
  it.each([
    ["Separately, Rangor Motors placed an order with cell maker DYNAcell on Monday.", ["Rangor Motors", "DYNAcell"]],
    ["PakLine Logistics signed a pact with charging operator enerGrid to install chargers.", ["PakLine Logistics", "enerGrid"]],
    ["Logistics group TransAndes Cargo and tyre maker Velmont have formed a joint venture.", ["TransAndes Cargo", "Velmont"]],
    ["Battery maker nordcell AB and coach builder Kestova Bus a.s. signed an agreement.", ["nordcell AB", "Kestova Bus a.s."]],
  ])("%s", (text, companies) => {
    expect(companiesIn(text)).toEqual(companies);
  });

  it("reads a lower-case name with a legal form, and a name in a legal form the sentence starts with", () => {
    expect(companiesIn("Aurelia Bus SAS has selected kobalt energy AB as its supplier.")).toEqual(["Aurelia Bus SAS", "kobalt energy AB"]);
  });

  it("reads a lower-case name before 'Inc.' as the company, never the legal form alone", () => {
    expect(companiesIn("On Monday zentro Inc., the Denver-based maker of heat pumps, signed a deal with Harwick Freight Corp. today.")).toEqual([
      "zentro Inc.",
      "Harwick Freight Corp.",
    ]);
  });

  it("takes no title, place or ordinary word after a trade word for a name", () => {
    expect(companiesIn("The truck maker Chief Executive Anna Berg said the bus maker in Poland and the supplier of the packs grew.")).toEqual([]);
  });
});
