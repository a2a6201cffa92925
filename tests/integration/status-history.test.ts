import type { FactsFile } from "../../src/ingest/plan-document";
import { articleLoader } from "./support/article-loader";
import { useSeededApp } from "./support/test-app";

const SECOND_PLANT = "facility:foton-mexico-plant-2";
const JALISCO_PLANT = "facility:foton-mexico-plant-jalisco";
const SEED_DOCUMENT = "document:foton-mexico-facility-catl";
const SEED_QUOTE = "planning a second plant in Mexico to manufacture electric vehicles";

/** An article, published on `publishedOn`, that states the status of Foton's second Mexico plant in `quote`. */
function statusArticle(slug: string, publishedOn: string, sentence: string, status: string, quote: string): { facts: FactsFile; text: string } {
  return {
    text: sentence,
    facts: {
      document: { id: `document:${slug}`, title: `Foton's second Mexico plant (${slug})`, source: "Truck Blog", publishedOn: { value: publishedOn } },
      entities: [{ id: SECOND_PLANT, label: "Facility", name: "Foton second Mexico plant (planned)", properties: { status }, quote }],
      relationships: [],
    },
  };
}

const PLANNED = statusArticle(
  "plant-2-planned",
  "2022-05",
  "Foton is planning a second plant in Mexico, a spokesman said.",
  "PLANNED",
  "Foton is planning a second plant in Mexico",
);
const OPENED = statusArticle(
  "plant-2-opened",
  "2026-03",
  "Foton's second Mexico plant is now building trucks.",
  "OPERATING",
  "Foton's second Mexico plant is now building trucks",
);

const HISTORY = `query($id: ID!, $asOf: DateInput) {
  facility(id: $id) {
    status
    then: status(asOf: $asOf)
    statusHistory { value fromDate from { value start } provenance { quote document { id } } }
  }
}`;

interface Entry {
  value: string;
  fromDate: string | null;
  from: { value: string; start: string } | null;
  provenance: { quote: string; document: { id: string } };
}

describe("a facility's status in time", () => {
  const { graph, app } = useSeededApp();
  const { load, delete: deleteDocument } = articleLoader(graph);

  async function read(id: string, asOf: string | null = null): Promise<{ status: string | null; then: string | null; statusHistory: Entry[] }> {
    const { data, errors } = await app().query(HISTORY, { id, asOf });
    expect(errors).toBeUndefined();
    return data.facility;
  }

  const summary = (history: Entry[]) =>
    history.map((entry) => [entry.value, entry.from?.value ?? null, entry.fromDate, entry.provenance.document.id, entry.provenance.quote]);

  it("dates the seed's running Jalisco plant from its opening year: OPERATING as of 2017, nothing known as of 2016", async () => {
    const { status, statusHistory } = await read(JALISCO_PLANT);
    expect(status).toBe("OPERATING");
    expect(summary(statusHistory)).toEqual([
      ["OPERATING", "2017", "openedOn", SEED_DOCUMENT, "Foton opened its first Mexico plant, located in Jalisco, in 2017"],
    ]);
    expect((await read(JALISCO_PLANT, "2016")).then).toBeNull();
    expect((await read(JALISCO_PLANT, "2017")).then).toBe("OPERATING");
  });

  it("answers PLANNED before a later article says the plant runs and OPERATING after, lists both quotes, and goes back when that article is deleted", async () => {
    const seed = ["PLANNED", null, null, SEED_DOCUMENT, SEED_QUOTE];
    const before = await read(SECOND_PLANT, "2030");
    expect(summary(before.statusHistory)).toEqual([seed]);
    expect(before.status).toBe("PLANNED");
    expect(before.then).toBeNull();

    await load(PLANNED);
    await load(OPENED);
    try {
      const now = await read(SECOND_PLANT, "2026-02");
      expect(now.status).toBe("OPERATING");
      expect(now.then).toBe("PLANNED");
      expect(summary(now.statusHistory)).toEqual([
        ["PLANNED", "2022-05", "publishedOn", PLANNED.facts.document.id, "Foton is planning a second plant in Mexico"],
        ["OPERATING", "2026-03", "publishedOn", OPENED.facts.document.id, "Foton's second Mexico plant is now building trucks"],
        seed,
      ]);
      expect((await read(SECOND_PLANT, "2022-04")).then).toBeNull();
      expect((await read(SECOND_PLANT, "2022")).then).toBe("PLANNED");
      expect((await read(SECOND_PLANT, "2026-03")).then).toBe("OPERATING");
      expect((await read(SECOND_PLANT, "2026")).then).toBe("OPERATING");
    } finally {
      await deleteDocument(OPENED.facts.document.id);
    }
    try {
      const after = await read(SECOND_PLANT, "2026");
      expect(after.status).toBe("PLANNED");
      expect(after.then).toBe("PLANNED");
      expect(summary(after.statusHistory)).toEqual([
        ["PLANNED", "2022-05", "publishedOn", PLANNED.facts.document.id, "Foton is planning a second plant in Mexico"],
        seed,
      ]);
    } finally {
      await deleteDocument(PLANNED.facts.document.id);
    }
    expect(summary((await read(SECOND_PLANT)).statusHistory)).toEqual([seed]);
  });

  it("keeps the latest status as the plain value whatever order the articles load in, and when one loads twice", async () => {
    await load(OPENED);
    await load(PLANNED);
    await load(OPENED);
    try {
      expect((await read(SECOND_PLANT)).status).toBe("OPERATING");
    } finally {
      await deleteDocument(OPENED.facts.document.id);
    }
    try {
      expect((await read(SECOND_PLANT)).status).toBe("PLANNED");
    } finally {
      await deleteDocument(PLANNED.facts.document.id);
    }
  });

  it("reads the status as of a date for every facility of a list with one statement for all their histories", async () => {
    await load(OPENED);
    try {
      const sent = graph().gateway.statementsSent;
      const { data, errors } = await app().query(
        `{ facilities(first: 20) { edges { node { id before: status(asOf: "2025") then: status(asOf: "2026-06") statusHistory { value } } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.facilities.edges.length).toBeGreaterThan(3);
      expect(graph().gateway.statementsSent - sent).toBe(2);
      const byId = new Map(data.facilities.edges.map(({ node }: { node: { id: string } }) => [node.id, node]));
      expect(byId.get(SECOND_PLANT)).toEqual({
        id: SECOND_PLANT,
        before: null,
        then: "OPERATING",
        statusHistory: [{ value: "OPERATING" }, { value: "PLANNED" }],
      });
      expect(byId.get(JALISCO_PLANT)).toMatchObject({ before: "OPERATING", then: "OPERATING" });
    } finally {
      await deleteDocument(OPENED.facts.document.id);
    }
  });

  it("refuses an impossible as-of date with BAD_USER_INPUT", async () => {
    const { errors } = await app().query(`{ facility(id: "${SECOND_PLANT}") { status(asOf: "2024-02-30") } }`);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toContain("is not a date");
  });
});
