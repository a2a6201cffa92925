import { DEVELOPMENT_API_KEY } from "../../src/config";
import type { FactsFile } from "../../src/ingest/plan-document";
import { graphqlExamples } from "./support/doc-files";
import { articleLoader } from "./support/article-loader";
import { useSeededApp } from "./support/test-app";

const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };
const SEED_POSITION = "rel:chang-rui-chairman-foton";
const SEED_QUOTE = "executives from Foton including Chairman Chang Rui";

/** A one-fact article about Chang Rui's title at Foton, as a facts file with its text. */
function positionArticle(slug: string, source: string, sentence: string, title: string, asOf: string, quote: string): { facts: FactsFile; text: string } {
  return {
    text: sentence,
    facts: {
      document: { id: `document:${slug}`, title: `${title} at Foton (${slug})`, source },
      entities: [
        { id: "person:chang-rui", label: "Person", name: "Chang Rui", quote: "Chang Rui" },
        { id: "company:foton", label: "Company", name: "Foton", quote: "Foton" },
      ],
      relationships: [
        {
          id: `rel:${slug}-title`,
          type: "HOLDS_POSITION",
          from: "person:chang-rui",
          to: "company:foton",
          properties: { title },
          dates: { asOf: { value: asOf } },
          quote,
        },
      ],
    },
  };
}

const RESTATEMENT = positionArticle(
  "wire-restatement",
  "Reuters",
  "BEIJING (Reuters) - Foton Chairman Chang Rui met Iveco's leaders on Tuesday.",
  "Chairman",
  "2024-06-04",
  "Foton Chairman Chang Rui",
);
const CONTRADICTION = positionArticle(
  "brief-contradiction",
  "Truck Blog",
  "Chang Rui, Foton's President, spoke to reporters.",
  "President",
  "2024-06-04",
  "Chang Rui, Foton's President",
);
const LATER = positionArticle(
  "profile-later",
  "Transport Topics",
  "Chang Rui, now Honorary Chairman of Foton, looks back.",
  "Honorary Chairman",
  "2025-03",
  "Chang Rui, now Honorary Chairman of Foton",
);

/** A one-figure article: Foton's headcount as one source gives it, for a month. */
function headcountArticle(slug: string, source: string, sentence: string, value: number, asOf: string, quote: string): { facts: FactsFile; text: string } {
  return {
    text: sentence,
    facts: {
      document: { id: `document:${slug}`, title: `Foton's headcount (${slug})`, source },
      entities: [
        { id: "company:foton", label: "Company", name: "Foton", quote: "Foton" },
        {
          id: `figure:${slug}-headcount`,
          label: "Figure",
          name: "Foton employees",
          properties: { metric: "employees", value, unit: "people", qualifier: "ACTUAL" },
          dates: { asOf: { value: asOf } },
          quote,
        },
      ],
      relationships: [{ id: `rel:${slug}-headcount`, type: "HAS_FIGURE", from: "company:foton", to: `figure:${slug}-headcount`, quote }],
    },
  };
}

const HEADCOUNT = headcountArticle("wire-headcount", "Reuters", "Foton employed 40,000 people in May 2024.", 40000, "2024-05", "employed 40,000 people");
const OTHER_HEADCOUNT = headcountArticle("blog-headcount", "Truck Blog", "Foton had 38,000 staff in May 2024.", 38000, "2024-05", "had 38,000 staff");
const LATER_HEADCOUNT = headcountArticle(
  "profile-headcount",
  "Transport Topics",
  "By March 2025 Foton employed 42,000 people.",
  42000,
  "2025-03",
  "employed 42,000 people",
);

const JALISCO_PLANT = "facility:foton-mexico-plant-jalisco";

/** An article that says when Foton's Jalisco plant opened. */
function openingArticle(slug: string, sentence: string, openedOn: string, quote: string): { facts: FactsFile; text: string } {
  return {
    text: sentence,
    facts: {
      document: { id: `document:${slug}`, title: `Foton's Jalisco plant (${slug})`, source: "Truck Blog" },
      entities: [
        { id: JALISCO_PLANT, label: "Facility", name: "Foton first Mexico plant (Jalisco)", dates: { openedOn: { value: openedOn, text: openedOn } }, quote },
      ],
      relationships: [],
    },
  };
}

const STATE = `{
  person(id: "person:chang-rui") {
    relationships(types: [HOLDS_POSITION]) {
      relationship { id properties sourceCount independentSourceCount reliability evidence { documentId quote } supersededBy { id } }
    }
  }
  conflicts(entity: "person:chang-rui") { edges { node { status claims { id value } } } }
}`;

interface PositionState {
  title: string;
  id: string;
  sources: number;
  independent: number;
  reliability: string;
  evidence: string[];
  supersededBy: string | null;
}

describe("facts in time and in dispute", () => {
  const { graph, app } = useSeededApp();
  const { load, delete: deleteDocument } = articleLoader(graph);

  /** Chang Rui's positions (with their evidence and supersession) and conflicts, exactly as the API shows them. */
  async function state(): Promise<{ positions: PositionState[]; conflicts: { status: string; values: string[] }[] }> {
    const { data, errors } = await app().query(STATE);
    expect(errors).toBeUndefined();
    type Raw = {
      relationship: {
        id: string;
        properties: { title: string };
        sourceCount: number;
        independentSourceCount: number;
        reliability: string;
        evidence: { documentId: string; quote: string }[];
        supersededBy: { id: string } | null;
      };
    };
    const positions = (data.person.relationships as Raw[])
      .map(({ relationship: r }) => ({
        title: r.properties.title,
        id: r.id,
        sources: r.sourceCount,
        independent: r.independentSourceCount,
        reliability: r.reliability,
        evidence: r.evidence.map((item) => item.quote),
        supersededBy: r.supersededBy?.id ?? null,
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
    const conflicts = (data.conflicts.edges as { node: { status: string; claims: { value: string }[] } }[]).map(({ node }) => ({
      status: node.status,
      values: node.claims.map((claim) => claim.value).sort(),
    }));
    return { positions, conflicts };
  }

  async function titles(args: string): Promise<string[]> {
    const { data, errors } = await app().query(`{ person(id: "person:chang-rui") { positions${args ? `(${args})` : ""} { title } } }`);
    expect(errors).toBeUndefined();
    return (data.person.positions as { title: string }[]).map((position) => position.title).sort();
  }

  const chairman = (overrides: Partial<PositionState> = {}): PositionState => ({
    title: "Chairman",
    id: SEED_POSITION,
    sources: 1,
    independent: 1,
    reliability: "C",
    evidence: [SEED_QUOTE],
    supersededBy: null,
    ...overrides,
  });

  it("records the seed article's two start dates for one partnership as an OPEN conflict with both quotes", async () => {
    const { data, errors } = await app().query(`{
      conflicts(entity: "agreement:foton-european-partner-lcv-partnership", status: OPEN) {
        totalCount
        edges { node { status disputed subject { id } claims { id value evidence { quote document { id } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.conflicts.totalCount).toBe(1);
    const conflict = data.conflicts.edges[0].node;
    expect(conflict.subject.id).toBe("agreement:foton-european-partner-lcv-partnership");
    expect(conflict.disputed).toContain("PARTNERSHIP_START");
    expect(conflict.claims.map((claim: { value: string }) => claim.value)).toEqual(["2017-09 (September 2017)", "2018-05 (May 2018)"]);
    expect(conflict.claims.flatMap((claim: { evidence: { quote: string }[] }) => claim.evidence.map((item) => item.quote))).toEqual([
      "the partnership set up by the two groups in\u00A0September 2017",
      "the partnership established by the two groups in\u00A0May 2018",
    ]);
  });

  it("answers titles as of a date: none before the article's date, the chairmanship after it", async () => {
    expect(await titles(`asOf: "2023"`)).toEqual([]);
    expect(await titles(`asOf: "2024-07"`)).toEqual(["Chairman"]);
    expect(await titles("")).toEqual(["Chairman"]);
  });

  it("refuses an impossible as-of date with BAD_USER_INPUT", async () => {
    const { errors } = await app().query(`{ person(id: "person:chang-rui") { positions(asOf: "2024-13") { title } } }`);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toContain("is not a date");
  });

  it("keeps validity, evidence, supersession and conflicts exact through restatement, contradiction, a later title and each deletion", async () => {
    const before = await state();
    expect(before).toEqual({ positions: [chairman()], conflicts: [] });

    await load(RESTATEMENT);
    const restated = chairman({ sources: 2, independent: 2, reliability: "B", evidence: [SEED_QUOTE, "Foton Chairman Chang Rui"] });
    expect(await state()).toEqual({ positions: [restated], conflicts: [] });
    expect(await titles("minSources: 2")).toEqual(["Chairman"]);
    expect(await titles("minSources: 3")).toEqual([]);

    await load(CONTRADICTION);
    const president: PositionState = {
      title: "President",
      id: "rel:brief-contradiction-title",
      sources: 1,
      independent: 1,
      reliability: "F",
      evidence: ["Chang Rui, Foton's President"],
      supersededBy: null,
    };
    expect(await state()).toEqual({ positions: [restated, president], conflicts: [{ status: "OPEN", values: ["Chairman", "President"] }] });
    expect(await titles(`minReliability: B`)).toEqual(["Chairman"]);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const beforeLater = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await load(LATER);
    const honorary: PositionState = {
      title: "Honorary Chairman",
      id: "rel:profile-later-title",
      sources: 1,
      independent: 1,
      reliability: "B",
      evidence: ["Chang Rui, now Honorary Chairman of Foton"],
      supersededBy: null,
    };
    const superseded = { supersededBy: honorary.id };
    expect(await state()).toEqual({
      positions: [{ ...restated, ...superseded }, honorary, { ...president, ...superseded }],
      conflicts: [{ status: "OPEN", values: ["Chairman", "President"] }],
    });
    expect(await titles(`asOf: "2025-06"`)).toEqual(["Honorary Chairman"]);
    expect(await titles(`asOf: "2024-07"`)).toEqual(["Chairman", "President"]);
    expect(await titles(`asOf: "2025-06", knownAsOf: "${beforeLater}"`)).toEqual(["Chairman", "President"]);
    expect(await titles(`knownAsOf: "${beforeLater}"`)).toEqual(["Chairman", "President"]);

    expect(await deleteDocument(RESTATEMENT.facts.document.id)).not.toBeNull();
    expect(await state()).toEqual({
      positions: [chairman(superseded), honorary, { ...president, ...superseded }],
      conflicts: [{ status: "OPEN", values: ["Chairman", "President"] }],
    });

    await deleteDocument(CONTRADICTION.facts.document.id);
    expect(await state()).toEqual({ positions: [chairman(superseded), honorary], conflicts: [] });

    await deleteDocument(LATER.facts.document.id);
    expect(await state()).toEqual(before);

    await load(RESTATEMENT);
    await load(RESTATEMENT);
    expect(await state()).toEqual({ positions: [restated], conflicts: [] });
    await deleteDocument(RESTATEMENT.facts.document.id);
    expect(await state()).toEqual(before);
  });

  it("shows a fact's sources, grade and evidence as the graph knew them at knownAsOf, on relation fields, relationships and a neighborhood, and filters minSources by them", async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const beforeRestatement = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await load(RESTATEMENT);
    try {
      const fields = "sourceCount independentSourceCount reliability evidence { quote } provenance { quote }";
      const read = async (args: string) => {
        const { data, errors } = await app().query(`{
          person(id: "person:chang-rui") {
            positions(${args}) { ${fields} }
            relationships(types: [HOLDS_POSITION], ${args}) { relationship { ${fields} } }
          }
          neighborhood(id: "person:chang-rui", relationshipTypes: [HOLDS_POSITION], ${args}) { edges { ${fields} } }
        }`);
        expect(errors).toBeUndefined();
        return [data.person.positions, data.person.relationships.map((link: { relationship: unknown }) => link.relationship), data.neighborhood.edges];
      };
      const then = { sourceCount: 1, independentSourceCount: 1, reliability: "C", evidence: [{ quote: SEED_QUOTE }], provenance: { quote: SEED_QUOTE } };
      const now = {
        ...then,
        sourceCount: 2,
        independentSourceCount: 2,
        reliability: "B",
        evidence: [{ quote: SEED_QUOTE }, { quote: "Foton Chairman Chang Rui" }],
      };
      expect(await read(`knownAsOf: "${beforeRestatement}"`)).toEqual([[then], [then], [then]]);
      expect(await read(`knownAsOf: "${new Date().toISOString()}"`)).toEqual([[now], [now], [now]]);
      expect(await read("minSources: 1")).toEqual([[now], [now], [now]]);
      expect(await titles(`minSources: 2, knownAsOf: "${beforeRestatement}"`)).toEqual([]);
      expect(await titles(`minReliability: B, knownAsOf: "${beforeRestatement}"`)).toEqual([]);
      expect(await titles(`minSources: 2, minReliability: B, knownAsOf: "${new Date().toISOString()}"`)).toEqual(["Chairman"]);
    } finally {
      await deleteDocument(RESTATEMENT.facts.document.id);
    }
  });

  it("answers the README's examples: the seed conflict, titles as of a date, and corroboration after a restatement", async () => {
    const readme = (name: string) => graphqlExamples().find((example) => example.file === "README.md" && example.query.includes(`query ${name} `))!.query;
    const conflict = await app().query(readme("SeedConflict"));
    expect(conflict.data.conflicts.edges.map((edge: { node: { subject: { name: string } } }) => edge.node.subject.name)).toEqual([
      "FOTON–European partner light commercial vehicle partnership",
    ]);
    const asOf = await app().query(readme("TitlesAsOf"));
    expect(asOf.data.before.positions).toEqual([]);
    expect(asOf.data.after.positions).toEqual([{ title: "Chairman", validFrom: { value: "2024-06-04", inferred: true } }]);
    expect((await app().query(readme("Corroboration"))).data.person.positions).toEqual([]);
    await load(RESTATEMENT);
    try {
      const { data } = await app().query(readme("Corroboration"));
      expect(data.person.positions).toEqual([
        {
          title: "Chairman",
          sourceCount: 2,
          independentSourceCount: 2,
          reliability: "B",
          evidence: [
            { quote: SEED_QUOTE, documentId: "document:foton-iveco-mou-2024" },
            { quote: "Foton Chairman Chang Rui", documentId: "document:wire-restatement" },
          ],
        },
      ]);
    } finally {
      await deleteDocument(RESTATEMENT.facts.document.id);
    }
  });

  it("reads what supersedes a fact and what it supersedes, with the evidence of both", async () => {
    await load(LATER);
    try {
      const { data, errors } = await app().query(`{
        person(id: "person:chang-rui") {
          relationships(types: [HOLDS_POSITION]) {
            relationship { id evidence { quote } supersededBy { id evidence { quote } supersedes { id evidence { quote } } } }
          }
        }
      }`);
      expect(errors).toBeUndefined();
      const seed = data.person.relationships.find((link: { relationship: { id: string } }) => link.relationship.id === SEED_POSITION).relationship;
      expect(seed.evidence).toEqual([{ quote: SEED_QUOTE }]);
      expect(seed.supersededBy).toEqual({
        id: "rel:profile-later-title",
        evidence: [{ quote: "Chang Rui, now Honorary Chairman of Foton" }],
        supersedes: [{ id: SEED_POSITION, evidence: [{ quote: SEED_QUOTE }] }],
      });
    } finally {
      await deleteDocument(LATER.facts.document.id);
    }
  });

  it("reads supersession on the edge types too: a Position's supersededBy and supersedes are Positions with their evidence", async () => {
    await load(LATER);
    try {
      const { data, errors } = await app().query(`{
        person(id: "person:chang-rui") {
          positions { id title supersedes { id } supersededBy { id title person { id } evidence { quote } supersedes { id title evidence { quote } } } }
        }
      }`);
      expect(errors).toBeUndefined();
      const byId = Object.fromEntries((data.person.positions as { id: string }[]).map((position) => [position.id, position]));
      expect(byId[SEED_POSITION]).toEqual({
        id: SEED_POSITION,
        title: "Chairman",
        supersedes: [],
        supersededBy: {
          id: "rel:profile-later-title",
          title: "Honorary Chairman",
          person: { id: "person:chang-rui" },
          evidence: [{ quote: "Chang Rui, now Honorary Chairman of Foton" }],
          supersedes: [{ id: SEED_POSITION, title: "Chairman", evidence: [{ quote: SEED_QUOTE }] }],
        },
      });
      expect(byId["rel:profile-later-title"]).toMatchObject({ supersedes: [{ id: SEED_POSITION }], supersededBy: null });
    } finally {
      await deleteDocument(LATER.facts.document.id);
    }
  });

  it("gives supersession fields only to edge types a later fact can supersede", async () => {
    const { data } = await app().query(`{ position: __type(name: "Position") { fields { name } } party: __type(name: "AgreementParty") { fields { name } } }`);
    const names = (type: { fields: { name: string }[] }) => type.fields.map((field) => field.name);
    expect(names(data.position)).toEqual(expect.arrayContaining(["supersededBy", "supersedes"]));
    expect(names(data.party)).not.toContain("supersededBy");
    expect(names(data.party)).not.toContain("supersedes");
  });

  describe("the value of a figure for one metric and subject", () => {
    const FIGURES = `query($asOf: DateInput) {
      company(id: "company:foton") {
        figures(asOf: $asOf) { id value }
        relationships(types: [HAS_FIGURE]) { node { id } relationship { supersededBy { id evidence { quote } } } }
      }
      conflicts(entity: "company:foton") { edges { node { status disputed claims { id value evidence { quote document { id } } } } } }
    }`;

    /** Foton's headcount figures (as of a date, when given), what supersedes each, and Foton's conflicts. */
    async function headcounts(asOf?: string) {
      const { data, errors } = await app().query(FIGURES, { asOf });
      expect(errors).toBeUndefined();
      type Link = { node: { id: string }; relationship: { supersededBy: { id: string } | null } };
      const isHeadcount = (id: string) => id.endsWith("-headcount");
      return {
        values: (data.company.figures as { id: string; value: number }[])
          .filter((figure) => isHeadcount(figure.id))
          .map((figure) => figure.value)
          .sort((a, b) => a - b),
        supersededBy: Object.fromEntries(
          (data.company.relationships as Link[])
            .filter((link) => isHeadcount(link.node.id))
            .map((link) => [link.node.id, link.relationship.supersededBy?.id ?? null]),
        ),
        conflicts: data.conflicts.edges.map((edge: { node: unknown }) => edge.node),
      };
    }

    it("records two documents' different values for the same month as an OPEN conflict with both quotes, gone when one is deleted", async () => {
      await load(HEADCOUNT);
      await load(OTHER_HEADCOUNT);
      try {
        const { values, conflicts } = await headcounts();
        expect(values).toEqual([38000, 40000]);
        expect(conflicts).toEqual([
          {
            status: "OPEN",
            disputed: 'value of the Figure "employees" (people, ACTUAL) of company:foton from 2024-05-01',
            claims: [
              { id: "figure:blog-headcount-headcount", value: "38000", evidence: [{ quote: "had 38,000 staff", document: { id: "document:blog-headcount" } }] },
              {
                id: "figure:wire-headcount-headcount",
                value: "40000",
                evidence: [{ quote: "employed 40,000 people", document: { id: "document:wire-headcount" } }],
              },
            ],
          },
        ]);
      } finally {
        await deleteDocument(OTHER_HEADCOUNT.facts.document.id);
      }
      try {
        const { values, conflicts } = await headcounts();
        expect(values).toEqual([40000]);
        expect(conflicts).toEqual([]);
      } finally {
        await deleteDocument(HEADCOUNT.facts.document.id);
      }
    });

    it("lets a figure for a later month supersede the earlier one for as-of queries, and keeps both", async () => {
      await load(HEADCOUNT);
      await load(LATER_HEADCOUNT);
      try {
        const all = await headcounts();
        expect(all.values).toEqual([40000, 42000]);
        expect(all.conflicts).toEqual([]);
        expect(all.supersededBy).toEqual({ "figure:wire-headcount-headcount": "rel:profile-headcount-headcount", "figure:profile-headcount-headcount": null });
        expect((await headcounts("2024-07")).values).toEqual([40000]);
        expect((await headcounts("2025-06")).values).toEqual([42000]);
        expect((await headcounts("2023")).values).toEqual([]);
      } finally {
        await deleteDocument(LATER_HEADCOUNT.facts.document.id);
        await deleteDocument(HEADCOUNT.facts.document.id);
      }
      expect(await headcounts()).toEqual({ values: [], supersededBy: {}, conflicts: [] });
    });
  });

  it("records two documents' different opening dates for one plant as an OPEN conflict whose claims are the documents, gone when one is deleted", async () => {
    const OPENING = `{ conflicts(entity: "${JALISCO_PLANT}") { edges { node { status disputed claims { id value evidence { quote document { id } } } } } } }`;
    const before = await app().query(OPENING);
    expect(before.data.conflicts.edges).toEqual([]);
    const other = openingArticle("blog-jalisco-opening", "Foton's Jalisco plant opened in 2016.", "2016", "Foton's Jalisco plant opened in 2016");
    const same = openingArticle("wire-jalisco-opening", "Foton's Jalisco plant opened in 2017.", "2017", "Foton's Jalisco plant opened in 2017");
    await load(other);
    await load(same);
    try {
      const { data, errors } = await app().query(OPENING);
      expect(errors).toBeUndefined();
      expect(data.conflicts.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        {
          status: "OPEN",
          disputed: `openedOn of the Facility ${JALISCO_PLANT}`,
          claims: [
            {
              id: "document:blog-jalisco-opening",
              value: "2016",
              evidence: [{ quote: "Foton's Jalisco plant opened in 2016", document: { id: "document:blog-jalisco-opening" } }],
            },
            {
              id: "document:foton-mexico-facility-catl",
              value: "2017",
              evidence: [
                { quote: "Foton opened its first Mexico plant, located in Jalisco, in 2017", document: { id: "document:foton-mexico-facility-catl" } },
                { quote: "Foton's Jalisco plant opened in 2017", document: { id: "document:wire-jalisco-opening" } },
              ],
            },
          ],
        },
      ]);
    } finally {
      await deleteDocument(other.facts.document.id);
    }
    try {
      expect((await app().query(OPENING)).data.conflicts.edges).toEqual([]);
    } finally {
      await deleteDocument(same.facts.document.id);
    }
  });

  describe("resolving a conflict", () => {
    const RESOLVE = `mutation($id: ID!, $claim: ID!, $note: String!) {
      resolveConflict(id: $id, preferredClaim: $claim, note: $note) { id status preferredClaim resolvedBy note claims { id } }
    }`;
    const MAY_2018 = "event:foton-european-partner-partnership-start-2018-05";

    async function seedConflictId(): Promise<string> {
      const { data } = await app().query(`{ conflicts(entity: "agreement:foton-european-partner-lcv-partnership") { edges { node { id } } } }`);
      return data.conflicts.edges[0].node.id as string;
    }

    it("needs the write scope", async () => {
      const { errors } = await app().query(RESOLVE, { id: await seedConflictId(), claim: MAY_2018, note: "later source" });
      expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    });

    it("refuses an unknown conflict with NOT_FOUND and a claim that is not the conflict's with BAD_USER_INPUT", async () => {
      const unknown = await app().query(RESOLVE, { id: "conflict:nope", claim: MAY_2018, note: "x" }, WRITER);
      expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
      const wrongClaim = await app().query(RESOLVE, { id: await seedConflictId(), claim: "event:nope", note: "x" }, WRITER);
      expect(wrongClaim.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(wrongClaim.errors![0].message).toContain(MAY_2018);
    });

    it("resolves once, keeps every claim, survives a reload of the article, and refuses a second resolution", async () => {
      const id = await seedConflictId();
      const { data, errors } = await app().query(RESOLVE, { id, claim: MAY_2018, note: "The group's own history gives May 2018." }, WRITER);
      expect(errors).toBeUndefined();
      expect(data.resolveConflict).toMatchObject({ id, status: "RESOLVED", preferredClaim: MAY_2018, resolvedBy: "api-key" });
      expect(data.resolveConflict.claims).toHaveLength(2);

      const again = await app().query(RESOLVE, { id, claim: MAY_2018, note: "again" }, WRITER);
      expect(again.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(again.errors![0].message).toContain("already RESOLVED");

      const events = await app().query(`{ nodes(ids: ["event:foton-european-partner-partnership-start-2017-09", "${MAY_2018}"]) { id } }`);
      expect(events.data.nodes.map((node: { id: string } | null) => node?.id)).toEqual(["event:foton-european-partner-partnership-start-2017-09", MAY_2018]);

      const resolved = await app().query(`{ agreement(id: "agreement:foton-european-partner-lcv-partnership") { conflicts { id status note } } }`);
      expect(resolved.data.agreement.conflicts).toEqual([{ id, status: "RESOLVED", note: "The group's own history gives May 2018." }]);
      const open = await app().query(`{ conflicts(status: OPEN) { totalCount } }`);
      expect(open.data.conflicts.totalCount).toBe(0);
    });
  });
});
