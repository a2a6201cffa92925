import { DocumentLoader } from "../../src/ingest/document-loader";
import { planDocument } from "../../src/ingest/plan-document";
import { useSeededApp } from "./support/test-app";

/** 25 companies more than the seeds' 6, so that lists run past the default page, and two companies that share a name. */
const FIXTURE_NAMES = Array.from({ length: 25 }, (_, i) => `Fixture Motors ${String(i + 1).padStart(2, "0")}`);
const FIXTURE_TEXT = [...FIXTURE_NAMES.map((name) => `${name} makes vans.`), "Twin Motors of Ohio builds buses.", "Twin Motors of Texas builds trucks."].join(
  " ",
);
const FIXTURE = {
  document: { id: "document:connections-fixture", title: "Connections fixture" },
  entities: [
    ...FIXTURE_NAMES.map((name) => ({ id: `company:${name.toLowerCase().replace(/ /g, "-")}`, label: "Company", name, quote: `${name} makes vans` })),
    { id: "company:twin-motors-ohio", label: "Company", name: "Twin Motors", quote: "Twin Motors of Ohio" },
    { id: "company:twin-motors-texas", label: "Company", name: "Twin Motors", quote: "Twin Motors of Texas" },
  ],
};

const PAGE = `pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { id } }`;

interface Page {
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

describe("entity lists and lookups as a client can trust them", () => {
  const { graph, app } = useSeededApp();
  beforeAll(async () => {
    const { plan, problems } = planDocument(FIXTURE, FIXTURE_TEXT);
    expect(problems).toEqual([]);
    await new DocumentLoader(graph().gateway).load(plan);
  });

  /** One page of `field` with these arguments (variables of the connection's own argument types). */
  async function page(field: string, args: Record<string, unknown>): Promise<Page> {
    const { data, errors } = await app().query(
      `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: EntityOrder!, $filter: EntityFilter) {
        list: ${field}(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) { ${PAGE} }
      }`,
      { orderBy: "NAME_ASC", ...args },
    );
    expect(errors).toBeUndefined();
    return data.list;
  }

  /** Every entity of the list, read forward in one page, with each one's cursor. */
  async function everything(field: string, orderBy = "NAME_ASC"): Promise<Page["edges"]> {
    return (await page(field, { first: 100, orderBy })).edges;
  }

  describe("lookups of one entity", () => {
    it("answer null for an entity that is not there, and the request's other fields keep their data", async () => {
      const { data, errors } = await app().query(`{
        company(id: "company:foton") { name }
        missing: company(name: "Tesla") { id }
        unknownId: company(id: "company:nope") { id }
        wrongType: company(id: "person:chang-rui") { id }
        person(name: "Chang Rui") { id }
      }`);
      expect(errors).toBeUndefined();
      expect(data).toEqual({ company: { name: "Foton" }, missing: null, unknownId: null, wrongType: null, person: { id: "person:chang-rui" } });
    });

    it("refuse a name several entities share, listing their ids, and leave the other fields intact", async () => {
      const { data, errors } = await app().query(`{ twins: company(name: "twin motors") { id } foton: company(name: "Foton") { id } }`);
      expect(data).toEqual({ twins: null, foton: { id: "company:foton" } });
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: "name",
        candidates: ["company:twin-motors-ohio", "company:twin-motors-texas"],
      });
      expect(errors![0].message).toContain("company:twin-motors-ohio, company:twin-motors-texas");
      const { data: byId } = await app().query(`{ company(id: "company:twin-motors-texas") { name } }`);
      expect(byId.company).toEqual({ name: "Twin Motors" });
    });

    it.each([
      ["an empty id", `{ company(id: "") { id } }`, "id must be a node id such as company:foton"],
      ["an id without its label", `{ company(id: "foton") { id } }`, "id must be a node id such as company:foton"],
      ["an id of a label the model lacks", `{ company(id: "planet:mars") { id } }`, "id must be a node id such as company:foton"],
      ["an empty name", `{ company(name: "") { id } }`, "name must be a name or alias with at least one letter or digit"],
      ["a name of only punctuation", `{ company(name: " !? ") { id } }`, "name must be a name or alias with at least one letter or digit"],
    ])("refuse %s with BAD_USER_INPUT", async (_case, query, message) => {
      const { errors } = await app().query(query);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(errors![0])).toContain(message);
    });
  });

  describe("paging", () => {
    it("gives the first 20 when neither first nor last is given", async () => {
      const { data } = await app().query(`{ companies { totalCount pageInfo { hasPreviousPage hasNextPage } edges { node { id } } } }`);
      expect(data.companies.totalCount).toBe(33);
      expect(data.companies.edges).toHaveLength(20);
      expect(data.companies.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true });
    });

    it.each([
      ["companies", "NAME_ASC"],
      ["companies", "NAME_DESC"],
      ["events", "DATE_ASC"],
      ["events", "DATE_DESC"],
    ])("pages %s back from the end with last/before, each entity once, in the order %s reads forward", async (field, orderBy) => {
      const expected = (await everything(field, orderBy)).map((edge) => edge.node.id);
      const pages: string[][] = [];
      let before: string | null = null;
      for (let i = 0; i < 20; i += 1) {
        const result: Page = await page(field, { last: 3, before, orderBy });
        pages.unshift(ids(result));
        expect(result.pageInfo.hasNextPage).toBe(before !== null);
        if (!result.pageInfo.hasPreviousPage) break;
        before = result.pageInfo.startCursor;
      }
      expect(expected.length).toBeGreaterThan(6);
      expect(pages.flat()).toEqual(expected);
      expect(pages[0].length).toBe(expected.length % 3 || 3);
    });

    it("says on both sides whether entities lie beyond a page read forward", async () => {
      const all = await everything("companies");
      const start = await page("companies", { first: 5 });
      expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
      const second = await page("companies", { first: 5, after: all[0].cursor });
      expect(ids(second)).toEqual(all.slice(1, 6).map((edge) => edge.node.id));
      expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const end = await page("companies", { first: 5, after: all[27].cursor });
      expect(ids(end)).toEqual(all.slice(28).map((edge) => edge.node.id));
      expect(end.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false, startCursor: all[28].cursor, endCursor: all[32].cursor });
      const beyond = await page("companies", { first: 5, after: all[32].cursor });
      expect(beyond.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null });
    });

    it("says on both sides whether entities lie beyond a page read backward", async () => {
      const all = await everything("companies");
      const end = await page("companies", { last: 5 });
      expect(ids(end)).toEqual(all.slice(28).map((edge) => edge.node.id));
      expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const start = await page("companies", { last: 5, before: all[5].cursor });
      expect(ids(start)).toEqual(all.slice(0, 5).map((edge) => edge.node.id));
      expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
      const beyond = await page("companies", { last: 5, before: all[0].cursor });
      expect(beyond.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null });
    });

    it("reads the window between after and before from its start with first and from its end with last", async () => {
      const all = await everything("companies");
      const window = { after: all[2].cursor, before: all[9].cursor };
      const forward = await page("companies", { first: 3, ...window });
      expect(ids(forward)).toEqual(all.slice(3, 6).map((edge) => edge.node.id));
      expect(forward.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const backward = await page("companies", { last: 3, ...window });
      expect(ids(backward)).toEqual(all.slice(6, 9).map((edge) => edge.node.id));
      expect(backward.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const whole = await page("companies", { first: 50, ...window });
      expect(ids(whole)).toEqual(all.slice(3, 9).map((edge) => edge.node.id));
      expect(whole.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it("pages back through a filtered list and counts only what the filter keeps", async () => {
      const { data } = await app().query(`{
        companies(last: 3, filter: { nameContains: "fixture motors" }) { totalCount pageInfo { hasPreviousPage hasNextPage } edges { node { name } } }
      }`);
      expect(data.companies.totalCount).toBe(25);
      expect(data.companies.edges.map((edge: any) => edge.node.name)).toEqual(["Fixture Motors 23", "Fixture Motors 24", "Fixture Motors 25"]);
      expect(data.companies.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    });

    it("looks beyond the cursor in the filtered list, not merely at whether a cursor was given", async () => {
      const all = await everything("companies");
      const cursorOf = (id: string) => all.find((edge) => edge.node.id === id)!.cursor;
      const filter = { nameContains: "fixture motors" };
      const forward = await page("companies", { first: 30, after: cursorOf("company:catl"), filter });
      expect(forward.edges).toHaveLength(25);
      expect(forward.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
      const backward = await page("companies", { last: 30, before: cursorOf("company:iveco"), filter });
      expect(backward.edges).toHaveLength(25);
      expect(backward.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
      const window = await page("companies", { first: 30, after: cursorOf("company:catl"), before: cursorOf("company:foton") });
      expect(ids(window)).toEqual(FIXTURE_NAMES.map((name) => `company:${name.toLowerCase().replace(/ /g, "-")}`));
      expect(window.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it("prices last like first, so a deep page read backward is refused as too costly", async () => {
      const { errors } = await app().query(`{ companies(last: 100) { edges { node { relationships(first: 100) { type node { id } } } } } }`);
      expect(errors![0].extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "cost" });
    });
  });

  describe("refusals", () => {
    const otherOrder = "WyJOQU1FX0FTQyIsImEiLCJwZXJzb246YSJd"; // made for NAME_ASC
    it.each([
      ["first and last together", `{ companies(first: 2, last: 2) { totalCount } }`, "give first or last, not both"],
      ["a last under one", `{ companies(last: 0) { totalCount } }`, "last must be between 1 and 100"],
      ["a last over the maximum", `{ companies(last: 101) { totalCount } }`, "last must be between 1 and 100"],
      ["a first over the maximum", `{ companies(first: 1000) { totalCount } }`, "first must be between 1 and 100"],
      ["an empty after", `{ companies(after: "") { totalCount } }`, "after must not be empty"],
      ["an empty before", `{ companies(last: 2, before: "") { totalCount } }`, "before must not be empty"],
      ["a before that is not base64", `{ companies(before: "%%%") { totalCount } }`, "before must be a cursor this API returned"],
      ["a before the API did not make", `{ companies(before: "bm90LWEtY3Vyc29y") { totalCount } }`, "before is not a cursor this API returned"],
      [
        "a before from another order",
        `{ people(orderBy: NAME_DESC, before: "${otherOrder}") { totalCount } }`,
        "before was returned for orderBy NAME_ASC, not NAME_DESC",
      ],
      ["an empty relatedTo", `{ people(filter: { relatedTo: "" }) { totalCount } }`, "relatedTo must be a node id such as company:foton"],
      ["a relatedTo that is not an id", `{ people(filter: { relatedTo: "Foton" }) { totalCount } }`, "relatedTo must be a node id such as company:foton"],
    ])("refuses %s with BAD_USER_INPUT", async (_case, query, message) => {
      const { errors } = await app().query(query);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(errors![0])).toContain(message);
    });

    it("answers NOT_FOUND for a relatedTo of no node, rather than an empty page", async () => {
      const { errors } = await app().query(`{ people(filter: { relatedTo: "company:tesla" }) { totalCount edges { node { id } } } }`);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toMatchObject({ code: "NOT_FOUND", id: "company:tesla" });
    });
  });

  describe("the schema", () => {
    const TYPE = `{ name kind ofType { name kind } }`;
    it("makes one-entity lookups nullable and first optional, so last can be given alone", async () => {
      const { data } = await app().query(`{ __schema { queryType { fields { name type ${TYPE} args { name defaultValue type ${TYPE} } } } } }`);
      const field = (name: string) => data.__schema.queryType.fields.find((f: any) => f.name === name);
      expect(field("company").type.kind).toBe("OBJECT");
      const args = Object.fromEntries(field("companies").args.map((arg: any) => [arg.name, arg]));
      for (const name of ["first", "after", "last", "before"]) expect(args[name].type.kind).not.toBe("NON_NULL");
      expect(args.first.defaultValue).toBeNull();
    });

    it.each(["CompanyConnection", "CompanyEdge", "PageInfo", "EntityFilter"])("describes %s and every one of its fields", async (name) => {
      const { data } = await app().query(
        `query($name: String!) { __type(name: $name) { description fields { name description } inputFields { name description } } }`,
        {
          name,
        },
      );
      expect(data.__type.description).toBeTruthy();
      const fields = data.__type.fields ?? data.__type.inputFields;
      expect(fields.filter((f: any) => !f.description).map((f: any) => f.name)).toEqual([]);
    });

    it("describes every argument of the list and lookup fields", async () => {
      const { data } = await app().query(`{ __schema { queryType { fields { name description args { name description } } } } }`);
      for (const name of ["company", "companies", "person", "people"]) {
        const field = data.__schema.queryType.fields.find((f: any) => f.name === name);
        expect(field.description).toBeTruthy();
        expect(field.args.filter((arg: any) => !arg.description).map((arg: any) => `${name}(${arg.name})`)).toEqual([]);
      }
    });
  });
});
