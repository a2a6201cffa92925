import type { FactsFile } from "../../src/ingest/plan-document";
import { articleLoader, type TestArticle } from "./support/article-loader";
import { useSeededApp } from "./support/test-app";

const PERSON = "person:dana-whitlock";
const COMPANY = "company:foton";

/** An article that states Dana Whitlock's title at Foton, with the fact's own properties and validity as its source gives them. */
function titleArticle(
  slug: string,
  source: string,
  text: string,
  quote: string,
  properties: Record<string, string | number>,
  dates: FactsFile["entities"][number]["dates"],
): TestArticle {
  return {
    text,
    facts: {
      document: { id: `document:${slug}`, title: `Dana Whitlock at Foton (${slug})`, source },
      entities: [
        { id: PERSON, label: "Person", name: "Dana Whitlock", quote: "Dana Whitlock" },
        { id: COMPANY, label: "Company", name: "Foton", quote: "Foton" },
      ],
      relationships: [{ id: `rel:${slug}-title`, type: "HOLDS_POSITION", from: PERSON, to: COMPANY, properties, dates, quote }],
    },
  };
}

/** The extractor read the title from a blog: held in 2020 and 2021. */
const EXTRACTED_TITLE = titleArticle(
  "blog-whitlock",
  "Truck Blog",
  "Dana Whitlock, Foton's Chief Test Officer in 2020 and 2021, spoke.",
  "Dana Whitlock, Foton's Chief Test Officer",
  { title: "Chief Test Officer", origin: "EXTRACTED", confidence: 0.6, extractorVersion: "rules-test" },
  { validFrom: { value: "2020" }, validTo: { value: "2021" } },
);
/** A curated facts file later restates it: held since 2019, with no end. */
const CURATED_TITLE = titleArticle(
  "wire-whitlock",
  "Reuters",
  "Dana Whitlock has been Foton's Chief Test Officer since 2019.",
  "Dana Whitlock has been Foton's Chief Test Officer",
  { title: "Chief Test Officer" },
  { validFrom: { value: "2019" } },
);
/** A later title that supersedes the first from 2024, and a restatement of it. */
const LATER_TITLE = titleArticle(
  "profile-whitlock",
  "Transport Topics",
  "Dana Whitlock became Foton's Head of Testing in 2024.",
  "Dana Whitlock became Foton's Head of Testing",
  { title: "Head of Testing" },
  { validFrom: { value: "2024" } },
);
const LATER_RESTATED = titleArticle(
  "wire-whitlock-head",
  "Reuters",
  "Foton's Head of Testing, Dana Whitlock, said so.",
  "Foton's Head of Testing, Dana Whitlock",
  { title: "Head of Testing" },
  { validFrom: { value: "2024" } },
);

/** A title between the first and the later one, from 2022, that the graph learns last. */
const MIDDLE_TITLE = titleArticle(
  "trade-whitlock",
  "Fleet Weekly",
  "Dana Whitlock was named Foton's Test Director in 2022.",
  "Dana Whitlock was named Foton's Test Director",
  { title: "Test Director" },
  { validFrom: { value: "2022" } },
);

/** A time strictly between the last load and the next one: recordedAt is the load's clock time. */
async function now(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return at;
}

describe("knownAsOf shows every fact exactly as the graph knew it then", () => {
  const { graph, app } = useSeededApp();
  const { load, delete: deleteDocument } = articleLoader(graph);

  async function query(text: string): Promise<Record<string, any>> {
    const { data, errors } = await app().query(text);
    expect(errors).toBeUndefined();
    return data;
  }

  describe("a fact restated by a later document with another validity, confidence and origin", () => {
    let beforeRestatement = "";
    beforeAll(async () => {
      await load(EXTRACTED_TITLE);
      beforeRestatement = await now();
      await load(CURATED_TITLE);
    });
    afterAll(async () => {
      await deleteDocument(CURATED_TITLE.facts.document.id);
      await deleteDocument(EXTRACTED_TITLE.facts.document.id);
    });

    const FIELDS = "origin confidence extractorVersion sourceCount validFrom { value } validTo { value }";

    /** The fact as a relation field, the generic relationships and a neighborhood each show it. */
    async function read(args: string) {
      const data = await query(`{
        person(id: "${PERSON}") {
          positions${args ? `(${args})` : ""} { ${FIELDS} }
          relationships(types: [HOLDS_POSITION]${args ? `, ${args}` : ""}) { relationship { ${FIELDS} } }
        }
        neighborhood(id: "${PERSON}", relationshipTypes: [HOLDS_POSITION]${args ? `, ${args}` : ""}) { edges { ${FIELDS} } }
      }`);
      return [data.person.positions, data.person.relationships.map((link: { relationship: unknown }) => link.relationship), data.neighborhood.edges];
    }

    const first = {
      origin: "EXTRACTED",
      confidence: 0.6,
      extractorVersion: "rules-test",
      sourceCount: 1,
      validFrom: { value: "2020" },
      validTo: { value: "2021" },
    };
    const merged = { origin: "CURATED", confidence: 1, extractorVersion: null, sourceCount: 2, validFrom: { value: "2019" }, validTo: null };

    it("shows the first claim's validity, confidence, origin and extractor version before the restatement, and the merged ones after", async () => {
      expect(await read(`knownAsOf: "${beforeRestatement}"`)).toEqual([[first], [first], [first]]);
      expect(await read(`knownAsOf: "${new Date().toISOString()}"`)).toEqual([[merged], [merged], [merged]]);
      expect(await read("")).toEqual([[merged], [merged], [merged]]);
    });

    it("reads these fields as known then even when the operation selects nothing else of the fact", async () => {
      const data = await query(`{ person(id: "${PERSON}") { positions(knownAsOf: "${beforeRestatement}") { validTo { value } } } }`);
      expect(data.person.positions).toEqual([{ validTo: { value: "2021" } }]);
    });

    it("compares asOf with the validity known then: a fact held in 2023 only by the later claim is hidden before it", async () => {
      const titles = async (args: string) => {
        const data = await query(`{
          person(id: "${PERSON}") { positions(${args}) { title } }
          neighborhood(id: "${PERSON}", relationshipTypes: [HOLDS_POSITION], ${args}) { edges { id } }
        }`);
        return [data.person.positions.map((position: { title: string }) => position.title), data.neighborhood.edges.length];
      };
      expect(await titles(`asOf: "2023"`)).toEqual([["Chief Test Officer"], 1]);
      expect(await titles(`asOf: "2023", knownAsOf: "${new Date().toISOString()}"`)).toEqual([["Chief Test Officer"], 1]);
      expect(await titles(`asOf: "2023", knownAsOf: "${beforeRestatement}"`)).toEqual([[], 0]);
      expect(await titles(`asOf: "2019-06", knownAsOf: "${beforeRestatement}"`)).toEqual([[], 0]);
      expect(await titles(`asOf: "2019-06"`)).toEqual([["Chief Test Officer"], 1]);
      expect(await titles(`asOf: "2021-06", knownAsOf: "${beforeRestatement}"`)).toEqual([["Chief Test Officer"], 1]);
    });
  });

  describe("supersession", () => {
    let beforeLater = "";
    let beforeRestated = "";
    beforeAll(async () => {
      await load(EXTRACTED_TITLE);
      beforeLater = await now();
      await load(LATER_TITLE);
      beforeRestated = await now();
      await load(LATER_RESTATED);
    });
    afterAll(async () => {
      for (const article of [LATER_RESTATED, LATER_TITLE, EXTRACTED_TITLE]) await deleteDocument(article.facts.document.id);
    });

    const FIRST = "rel:blog-whitlock-title";
    const HEAD = "rel:profile-whitlock-title";

    /** Each position's supersededBy (with its source count) and supersedes, on the edge type and on Relationship. */
    async function supersession(knownAsOf: string | null) {
      const args = knownAsOf ? `knownAsOf: "${knownAsOf}"` : "";
      const data = await query(`{
        person(id: "${PERSON}") {
          positions${args ? `(${args})` : ""} { id supersededBy { id sourceCount } supersedes { id sourceCount } }
          relationships(types: [HOLDS_POSITION]${args ? `, ${args}` : ""}) { relationship { id supersededBy { id sourceCount } supersedes { id sourceCount } } }
        }
      }`);
      const byId = (list: { id: string }[]) => Object.fromEntries(list.map(({ id, ...rest }) => [id, rest]));
      const positions = byId(data.person.positions);
      expect(byId(data.person.relationships.map((link: { relationship: { id: string } }) => link.relationship))).toEqual(positions);
      return positions;
    }

    it("answers no superseding fact and supersedes nothing before the superseding document was recorded", async () => {
      expect(await supersession(beforeLater)).toEqual({ [FIRST]: { supersededBy: null, supersedes: [] } });
    });

    it("answers the superseding fact as the graph knew it then, and the whole story without knownAsOf", async () => {
      expect(await supersession(beforeRestated)).toEqual({
        [FIRST]: { supersededBy: { id: HEAD, sourceCount: 1 }, supersedes: [] },
        [HEAD]: { supersededBy: null, supersedes: [{ id: FIRST, sourceCount: 1 }] },
      });
      const whole = {
        [FIRST]: { supersededBy: { id: HEAD, sourceCount: 2 }, supersedes: [] },
        [HEAD]: { supersededBy: null, supersedes: [{ id: FIRST, sourceCount: 1 }] },
      };
      expect(await supersession(null)).toEqual(whole);
      expect(await supersession(new Date().toISOString())).toEqual(whole);
    });

    it("keeps the knownAsOf down nested supersession reads", async () => {
      const data = await query(`{
        person(id: "${PERSON}") {
          positions(knownAsOf: "${beforeRestated}") { id supersededBy { id sourceCount supersedes { id supersededBy { sourceCount } } } }
        }
      }`);
      const first = data.person.positions.find((position: { id: string }) => position.id === FIRST);
      expect(first.supersededBy).toEqual({ id: HEAD, sourceCount: 1, supersedes: [{ id: FIRST, supersededBy: { sourceCount: 1 } }] });
    });
  });

  describe("supersession by a fact the graph learnt after one that starts later", () => {
    let beforeMiddle = "";
    beforeAll(async () => {
      await load(CURATED_TITLE);
      await load(LATER_TITLE);
      beforeMiddle = await now();
      await load(MIDDLE_TITLE);
    });
    afterAll(async () => {
      for (const article of [MIDDLE_TITLE, LATER_TITLE, CURATED_TITLE]) await deleteDocument(article.facts.document.id);
    });

    const FIRST = "rel:wire-whitlock-title";
    const MIDDLE = "rel:trade-whitlock-title";
    const HEAD = "rel:profile-whitlock-title";

    const titles = async (args: string) => {
      const data = await query(`{ person(id: "${PERSON}") { positions(${args}) { title } } }`);
      return data.person.positions.map((position: { title: string }) => position.title).sort();
    };

    it("supersedes the first title by the one known then: the 2024 title before the 2022 one was recorded, the 2022 one after", async () => {
      const read = async (args: string) => {
        const data = await query(`{ person(id: "${PERSON}") { positions(${args}) { id supersededBy { id } supersedes { id } } } }`);
        return Object.fromEntries(data.person.positions.map(({ id, ...rest }: { id: string }) => [id, rest]));
      };
      expect(await read(`knownAsOf: "${beforeMiddle}"`)).toEqual({
        [FIRST]: { supersededBy: { id: HEAD }, supersedes: [] },
        [HEAD]: { supersededBy: null, supersedes: [{ id: FIRST }] },
      });
      expect(await read(`knownAsOf: "${new Date().toISOString()}"`)).toEqual({
        [FIRST]: { supersededBy: { id: MIDDLE }, supersedes: [] },
        [MIDDLE]: { supersededBy: { id: HEAD }, supersedes: [{ id: FIRST }] },
        [HEAD]: { supersededBy: null, supersedes: [{ id: MIDDLE }] },
      });
    });

    it("reads as of a date with the supersession known then: in 2025 the first title had given way to the 2024 one before the 2022 one was known", async () => {
      expect(await titles(`asOf: "2025", knownAsOf: "${beforeMiddle}"`)).toEqual(["Head of Testing"]);
      expect(await titles(`asOf: "2023", knownAsOf: "${beforeMiddle}"`)).toEqual(["Chief Test Officer"]);
      expect(await titles(`asOf: "2023"`)).toEqual(["Test Director"]);
      expect(await titles(`asOf: "2025"`)).toEqual(["Head of Testing"]);
    });
  });

  it("ranks by the degree the graph knew then: mostConnected with knownAsOf counts only facts recorded by then", async () => {
    const degree = async (args: string) => {
      const data = await query(`{ mostConnected(label: Person, relationshipTypes: [HOLDS_POSITION], first: 100${args}) { degree node { id } } }`);
      return data.mostConnected.find((ranked: { node: { id: string } }) => ranked.node.id === PERSON)?.degree ?? 0;
    };
    const beforeAny = await now();
    await load(EXTRACTED_TITLE);
    const beforeLater = await now();
    await load(LATER_TITLE);
    try {
      expect(await degree("")).toBe(2);
      expect(await degree(`, knownAsOf: "${new Date().toISOString()}"`)).toBe(2);
      expect(await degree(`, knownAsOf: "${beforeLater}"`)).toBe(1);
      expect(await degree(`, knownAsOf: "${beforeAny}"`)).toBe(0);
    } finally {
      await deleteDocument(LATER_TITLE.facts.document.id);
      await deleteDocument(EXTRACTED_TITLE.facts.document.id);
    }
  });
});
