import { useSeededApp, type TestApp } from "./support/test-app";

interface Hit {
  match: string;
  score: number;
  node: { id: string; label: string };
}

describe("search ranking over the seed graph", () => {
  const seeded = useSeededApp();
  let app: TestApp;
  beforeAll(() => {
    app = seeded.app();
  });

  async function search(text: string, extra = ""): Promise<Hit[]> {
    const { data, errors } = await app.query(`query($text: String!) { search(text: $text${extra}) { match score node { id label } } }`, { text });
    expect(errors).toBeUndefined();
    return data.search as Hit[];
  }

  it("ranks the node named exactly the text first, ahead of nodes that mention the words more", async () => {
    const hits = await search("Iveco Group");
    expect(hits[0]).toMatchObject({ match: "NAME", node: { id: "company:iveco-group" } });
    expect(hits[0].score).toBeGreaterThan(0);
    expect(hits.slice(1).every((hit) => hit.match !== "NAME")).toBe(true);
  });

  it("finds an exact name ignoring case, accents and punctuation, as company(name:) does", async () => {
    const hits = await search("iveco-GROUP!");
    expect(hits[0]).toMatchObject({ match: "NAME", node: { id: "company:iveco-group" } });
  });

  it("ranks a node whose alias starts with the text before full-text matches, even on a partial word", async () => {
    const hits = await search("Contemporary Amp");
    expect(hits[0]).toMatchObject({ match: "NAME_PREFIX", node: { id: "company:catl" } });
    expect(hits.slice(1).every((hit) => hit.match === "TEXT")).toBe(true);
    const partial = await search("contemp");
    expect(partial.map((hit) => [hit.node.id, hit.match, hit.score])).toEqual([["company:catl", "NAME_PREFIX", 0]]);
  });

  it("orders plain full-text matches by score when no name matches", async () => {
    const hits = await search("battery rental");
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((hit) => hit.match === "TEXT")).toBe(true);
    expect(hits[0].node.id).toBe("agreement:foton-catl-battery-rental-jv");
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("keeps to the asked types and page size, whatever the tier", async () => {
    const agreements = await search("Iveco Group", ", types: [Agreement]");
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((hit) => hit.node.label === "Agreement")).toBe(true);
    const companies = await search("Iveco", ", types: [Company], first: 2");
    expect(companies.map((hit) => [hit.node.id, hit.match])).toEqual([
      ["company:iveco", "NAME"],
      ["company:iveco-group", "NAME_PREFIX"],
    ]);
  });
});
