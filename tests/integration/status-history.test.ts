import { DEVELOPMENT_API_KEY } from "../../src/config";
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

/** Two articles of the same day that disagree on whether the plant runs. */
const SAME_DAY_PLANNED = statusArticle(
  "plant-2-same-day-planned",
  "2024-06-04",
  "Foton still plans its second plant in Mexico.",
  "PLANNED",
  "Foton still plans its second plant in Mexico",
);
const SAME_DAY_OPERATING = statusArticle(
  "plant-2-same-day-operating",
  "2024-06-04",
  "Foton's second Mexico plant has started production.",
  "OPERATING",
  "Foton's second Mexico plant has started production",
);
const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };

const CONFLICTS = `query($id: ID!) {
  conflicts(entity: $id) { edges { node { id status disputed preferredClaim claims { id value evidence { quote document { id } } } } } }
  facility(id: $id) { conflicts { id status } }
}`;

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

  describe("two articles that state different statuses from the same day", () => {
    const RESOLVE = `mutation($id: ID!, $claim: ID!) { resolveConflict(id: $id, preferredClaim: $claim, note: "The later report.") { id status claims { id } } }`;

    async function conflicts() {
      const { data, errors } = await app().query(CONFLICTS, { id: SECOND_PLANT });
      expect(errors).toBeUndefined();
      return { listed: data.conflicts.edges.map(({ node }: { node: object }) => node), onFacility: data.facility.conflicts };
    }

    afterEach(async () => {
      await deleteDocument(SAME_DAY_PLANNED.facts.document.id);
      await deleteDocument(SAME_DAY_OPERATING.facts.document.id);
    });

    it("raise one OPEN conflict, on the facility too, whose claims are the articles with their quotes; it goes with one article and comes back with the same id", async () => {
      await load(SAME_DAY_PLANNED);
      await load(SAME_DAY_OPERATING);
      const { listed, onFacility } = await conflicts();
      expect(listed).toEqual([
        {
          id: expect.stringMatching(/^conflict:/),
          status: "OPEN",
          disputed: `status of the Facility ${SECOND_PLANT} from 2024-06-04`,
          preferredClaim: null,
          claims: [
            {
              id: SAME_DAY_OPERATING.facts.document.id,
              value: "OPERATING",
              evidence: [{ quote: "Foton's second Mexico plant has started production", document: { id: SAME_DAY_OPERATING.facts.document.id } }],
            },
            {
              id: SAME_DAY_PLANNED.facts.document.id,
              value: "PLANNED",
              evidence: [{ quote: "Foton still plans its second plant in Mexico", document: { id: SAME_DAY_PLANNED.facts.document.id } }],
            },
          ],
        },
      ]);
      const { id } = listed[0];
      expect(onFacility).toEqual([{ id, status: "OPEN" }]);

      await deleteDocument(SAME_DAY_OPERATING.facts.document.id);
      expect(await conflicts()).toEqual({ listed: [], onFacility: [] });

      await load(SAME_DAY_OPERATING);
      expect((await conflicts()).listed.map((conflict: { id: string }) => conflict.id)).toEqual([id]);
    });

    it("answer the day, as of it and as the plain status, with the value last in statusHistory order (by document id), and list both", async () => {
      await load(SAME_DAY_PLANNED);
      await load(SAME_DAY_OPERATING);
      const { status, then, statusHistory } = await read(SECOND_PLANT, "2024-06-04");
      expect([status, then]).toEqual(["PLANNED", "PLANNED"]);
      expect(statusHistory.map((entry) => [entry.value, entry.from?.value ?? null, entry.provenance.document.id])).toEqual([
        ["OPERATING", "2024-06-04", SAME_DAY_OPERATING.facts.document.id],
        ["PLANNED", "2024-06-04", SAME_DAY_PLANNED.facts.document.id],
        ["PLANNED", null, SEED_DOCUMENT],
      ]);
    });

    it("keep a resolution, and both claims, when both articles are loaded again", async () => {
      await load(SAME_DAY_PLANNED);
      await load(SAME_DAY_OPERATING);
      const [{ id }] = (await conflicts()).listed;
      const { data, errors } = await app().query(RESOLVE, { id, claim: SAME_DAY_OPERATING.facts.document.id }, WRITER);
      expect(errors).toBeUndefined();
      expect(data.resolveConflict).toEqual({
        id,
        status: "RESOLVED",
        claims: [{ id: SAME_DAY_OPERATING.facts.document.id }, { id: SAME_DAY_PLANNED.facts.document.id }],
      });

      await load(SAME_DAY_OPERATING);
      await load(SAME_DAY_PLANNED);
      const { listed, onFacility } = await conflicts();
      expect(listed).toMatchObject([{ id, status: "RESOLVED", preferredClaim: SAME_DAY_OPERATING.facts.document.id, claims: [{}, {}] }]);
      expect(onFacility).toEqual([{ id, status: "RESOLVED" }]);
    });
  });

  it("sees no conflict between statuses stated from different days: the later supersedes the earlier", async () => {
    await load(PLANNED);
    await load(OPENED);
    try {
      const { data, errors } = await app().query(CONFLICTS, { id: SECOND_PLANT });
      expect(errors).toBeUndefined();
      expect(data.conflicts.edges).toEqual([]);
      expect(data.facility.conflicts).toEqual([]);
    } finally {
      await deleteDocument(OPENED.facts.document.id);
      await deleteDocument(PLANNED.facts.document.id);
    }
  });

  it("types each stated value as the property is: statusHistory lists FacilityStatusStatements whose value is a FacilityStatus", async () => {
    const { data, errors } = await app().query(`{
      facility: __type(name: "Facility") { fields { name type { ofType { ofType { ofType { name } } } } } }
      statement: __type(name: "FacilityStatusStatement") { interfaces { name } fields { name type { kind name } } }
    }`);
    expect(errors).toBeUndefined();
    const history = data.facility.fields.find((field: { name: string }) => field.name === "statusHistory");
    expect(history.type.ofType.ofType.ofType.name).toBe("FacilityStatusStatement");
    expect(data.statement.interfaces).toEqual([{ name: "StatedValue" }]);
    expect(data.statement.fields.find((field: { name: string }) => field.name === "value").type).toEqual({ kind: "ENUM", name: "FacilityStatus" });
  });

  it("refuses an impossible as-of date with BAD_USER_INPUT", async () => {
    const { errors } = await app().query(`{ facility(id: "${SECOND_PLANT}") { status(asOf: "2024-02-30") } }`);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toContain("is not a date");
  });
});
