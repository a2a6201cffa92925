import { extractDocument } from "../../../src/extract/extract-document";
import type { KnownEntity } from "../../../src/extract/extraction";

const GRAPH: KnownEntity[] = [
  { id: "company:foton", label: "Company", name: "Foton", nameKeys: ["foton", "beiqi foton motor co", "beiqi foton motor"] },
  { id: "company:iveco", label: "Company", name: "IVECO", nameKeys: ["iveco"] },
  { id: "company:iveco-group", label: "Company", name: "Iveco Group", nameKeys: ["iveco group"] },
];
const lookup = async (keys: string[]) => GRAPH.filter((entity) => entity.nameKeys.some((key) => keys.includes(key)));

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2024-06-04" }, lookup);

describe("extractDocument", () => {
  it("keeps IVECO (the brand) and Iveco Group (the company) apart, and links them", async () => {
    const { entities, facts } = await article("IVECO, the commercial vehicle brand of Iveco Group, sells trucks in Spain.");
    expect(
      entities
        .filter((e) => e.label === "Company")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["company:iveco", "company:iveco-group"]);
    expect(facts).toContainEqual(expect.objectContaining({ type: "BRAND_OF", from: "company:iveco", to: "company:iveco-group" }));
  });

  it("resolves a legal-suffix variant to the entity already in the graph", async () => {
    const { entities } = await article("Foton Motor Co. opened a plant in Jalisco in 2017.");
    expect(entities.find((e) => e.label === "Company")).toMatchObject({ id: "company:foton", existing: true });
  });

  it("takes an acronym declared in the text as the company's name, and a surname as the person named before", async () => {
    const { entities, facts } = await article(
      "Contemporary Amperex Technology Co. Ltd., or CATL, hired Roberto Talavera, director of batteries at CATL. Talavera said CATL would grow.",
    );
    const companies = entities.filter((e) => e.label === "Company");
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ name: "CATL", existing: false, aliases: ["Contemporary Amperex Technology Co. Ltd."] });
    expect(entities.filter((e) => e.label === "Person").map((e) => e.name)).toEqual(["Roberto Talavera"]);
    expect(facts).toContainEqual(expect.objectContaining({ type: "HOLDS_POSITION", from: "person:roberto-talavera", to: companies[0].id }));
  });

  it("reads titled executives and an agreement's parties, place and witnesses from the sentences that state them", async () => {
    const { entities, facts } = await article(
      "On June 4, 2024, Foton and Iveco Group signed a Memorandum of Understanding (MOU) in Beijing. The signing was witnessed by Chairman Chang Rui and CEO Gerrit Marx of Iveco Group.",
    );
    const mou = entities.find((e) => e.label === "Agreement")!;
    expect(mou.quote).toContain("signed a Memorandum of Understanding");
    const about = (type: string) => facts.filter((f) => f.type === type);
    expect(
      about("PARTY_TO")
        .map((f) => f.from)
        .sort(),
    ).toEqual(["company:foton", "company:iveco-group"]);
    expect(about("SIGNED_IN").map((f) => f.to)).toEqual(["market:beijing"]);
    expect(
      about("WITNESSED")
        .map((f) => f.from)
        .sort(),
    ).toEqual(["person:chang-rui", "person:gerrit-marx"]);
  });

  it("takes a short form named before the full name, as a headline does, for the same company", async () => {
    const { entities } = await extractDocument(
      {
        title: "Brandauer lifts profit",
        text: "Brandauer Nutzfahrzeuge AG posted a rise in profit. Brandauer builds trucks in Ulm.",
        publishedOn: "2025-11-06",
      },
      lookup,
    );
    expect(entities.filter((e) => e.label === "Company").map((e) => e.name)).toEqual(["Brandauer Nutzfahrzeuge"]);
  });

  it("finds nothing in page furniture", async () => {
    const { entities, facts } = await article("[Get Transport Topics news in your inbox.]\nWant more news? Listen to the daily briefing from Foton.\n");
    expect(entities).toEqual([]);
    expect(facts).toEqual([]);
  });
});

describe("extractDocument naming new entities", () => {
  it("names a new company without its legal form, keeps the full name as an alias, and never takes an id the graph uses", async () => {
    const { entities } = await extractDocument(
      { title: "T", text: "Volta Cells GmbH and Foton signed a supply agreement in Madrid.", publishedOn: null },
      lookup,
      async (ids) => ids.filter((id) => id === "company:volta-cells"),
    );
    expect(entities.find((e) => e.name === "Volta Cells")).toMatchObject({ id: "company:volta-cells-2", existing: false, aliases: ["Volta Cells GmbH"] });
  });
});
