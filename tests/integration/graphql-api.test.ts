import { Neo4jGateway } from "../../src/db/neo4j-gateway";
import { startTestApp, useSeededApp, type TestApp } from "./support/test-app";
import { testConfig, type TestGraph } from "./support/test-neo4j";

describe("the GraphQL API over the seed graph", () => {
  const seeded = useSeededApp();
  let graph: TestGraph;
  let app: TestApp;
  beforeAll(() => {
    graph = seeded.graph();
    app = seeded.app();
  });

  it("gives any node's stored properties for generic clients, without the lookup keys", async () => {
    const { data, errors } = await app.query(`{ node(id: "company:catl") { properties } }`);
    expect(errors).toBeUndefined();
    expect(data.node.properties).toMatchObject({ id: "company:catl", name: "CATL", kind: "SUPPLIER" });
    expect(data.node.properties).not.toHaveProperty("nameKeys");
    expect(data.node.properties).not.toHaveProperty("nameKey");
  });

  describe("analyst questions answered from the graph alone", () => {
    it("lists who witnessed the Foton–Iveco MOU, with their titles", async () => {
      const { data, errors } = await app.query(`{
        agreement(id: "agreement:foton-iveco-mou-2024") {
          witnesses { delegation person { name positions { title company { name } } } }
        }
      }`);
      expect(errors).toBeUndefined();
      const witnesses = data.agreement.witnesses.map((w: any) => `${w.person.name}: ${w.person.positions[0].title} (${w.person.positions[0].company.name})`);
      expect(witnesses.sort()).toEqual(
        [
          "Chang Rui: Chairman (Foton)",
          "Lu Zhenghua: Executive Vice President (Foton)",
          "Chen Qingshan: Vice President (Foton)",
          "Qin Zhidong: Vice President (Foton)",
          "Ma Rentao: Vice President of Global Partnership (Foton)",
          "Feng Jing: Vice President of Powertrain& Driveline (Foton)",
          "Gerrit Marx: CEO (Iveco Group)",
          "Luca Sra: President of Truck Business Unit (Iveco Group)",
          "Sylvain Blaise: President of Powertrain Business Unit (Iveco Group)",
          "Marco Liccardo: Chief Technology & Digital Officer (Iveco Group)",
          "Angela Qu: Chief Supply Chain Officer (Iveco Group)",
          "Ángel Rodríguez Lagunilla: Chief Manufacturing Officer (Iveco Group)",
        ].sort(),
      );
    });

    it("says where and when the MOU was signed, with the date's precision", async () => {
      const { data } = await app.query(`{
        agreement(id: "agreement:foton-iveco-mou-2024") { kind status signedOn { value precision text } signedIn { name kind } }
      }`);
      expect(data.agreement).toEqual({
        kind: "MOU",
        status: "SIGNED",
        signedOn: { value: "2024-06-04", precision: "DAY", text: "June 4, 2024" },
        signedIn: [{ name: "Beijing", kind: "CITY" }],
      });
    });

    it("lists the markets and the vehicle the MOU covers", async () => {
      const { data } = await app.query(`{
        agreement(id: "agreement:foton-iveco-mou-2024") { targetMarkets { name } vehicles { name gvwMaxTonnes powertrain } }
      }`);
      expect(data.agreement.targetMarkets.map((m: any) => m.name)).toEqual(["Europe", "South America"]);
      expect(data.agreement.vehicles).toHaveLength(1);
      expect(data.agreement.vehicles[0].name).toMatch(/panel van/i);
      expect(data.agreement.vehicles[0].gvwMaxTonnes).toBe(3.5);
    });

    it("finds the plant Foton opened in Mexico and when", async () => {
      const { data } = await app.query(`{
        company(name: "Foton") { facilities { name status ordinal openedOn { value precision } location { name parents { name } } } }
      }`);
      const opened = data.company.facilities.filter((f: any) => f.openedOn);
      expect(opened).toEqual([
        expect.objectContaining({
          status: "OPERATING",
          ordinal: 1,
          openedOn: { value: "2017", precision: "YEAR" },
          location: [{ name: "Jalisco", parents: [{ name: "Mexico" }] }],
        }),
      ]);
    });

    it("lists the candidate states for the second plant, with its expected year and investment", async () => {
      const { data } = await app.query(`{
        facilities(filter: { status: "PLANNED", kind: "PLANT" }) {
          edges { node { ordinal candidateLocations { name kind } expectedOperational { value } estimatedInvestmentUsd investmentQualifier } }
        }
      }`);
      expect(data.facilities.edges).toHaveLength(1);
      const plant = data.facilities.edges[0].node;
      expect(plant.ordinal).toBe(2);
      expect(plant.candidateLocations).toEqual([
        { name: "Aguascalientes", kind: "STATE" },
        { name: "Jalisco", kind: "STATE" },
      ]);
      expect(plant.expectedOperational.value).toBe("2025");
      expect(plant).toMatchObject({ estimatedInvestmentUsd: 1e9, investmentQualifier: "MORE_THAN" });
    });

    it("tells what Foton and CATL agreed in 2022", async () => {
      const { data } = await app.query(`{
        agreements(filter: { relatedTo: "company:catl", dateFrom: "2022-01-01", dateTo: "2022-12-31" }) {
          totalCount
          edges { node { kind status scope announcedOn { value precision } parties { company { name } } targetMarkets { name } } }
        }
      }`);
      expect(data.agreements.totalCount).toBe(1);
      const jv = data.agreements.edges[0].node;
      expect(jv).toMatchObject({
        kind: "JOINT_VENTURE",
        status: "ANNOUNCED",
        announcedOn: { value: "2022", precision: "YEAR" },
        targetMarkets: [{ name: "China" }],
      });
      expect(jv.scope).toMatch(/battery rentals/);
      expect(jv.parties.map((p: any) => p.company.name).sort()).toEqual(["CATL", "Foton"]);
    });

    it("keeps both stated start dates of the European partnership, each with its quote", async () => {
      const { data } = await app.query(`{
        agreements(filter: { kind: "PARTNERSHIP" }) { edges { node { undisclosedParties events { kind date { value precision } mentions { provenance { quote } } } } } }
      }`);
      const partnership = data.agreements.edges[0].node;
      expect(partnership.undisclosedParties.length).toBeGreaterThan(0);
      const starts = partnership.events.filter((e: any) => e.kind === "PARTNERSHIP_START");
      expect(starts.map((e: any) => e.date.value).sort()).toEqual(["2017-09", "2018-05"]);
      expect(starts.map((e: any) => e.mentions[0].provenance.quote).join(" ")).toMatch(/September 2017[\s\S]*May 2018|May 2018[\s\S]*September 2017/);
    });
  });

  describe("lookups", () => {
    it.each(["foton", "FOTON", "Beiqi Foton Motor Co.", "Foton Motor Co"])("finds Foton by %p", async (name) => {
      const { data, errors } = await app.query(`query($name: String!) { lookup(name: $name) { id } company(name: $name) { id } }`, { name });
      expect(errors).toBeUndefined();
      expect(data.lookup).toEqual([{ id: "company:foton" }]);
      expect(data.company).toEqual({ id: "company:foton" });
    });

    it("finds Ángel Rodríguez Lagunilla without accents", async () => {
      const { data } = await app.query(`{ person(name: "Angel Rodriguez Lagunilla") { id name } }`);
      expect(data.person).toEqual({ id: "person:angel-rodriguez-lagunilla", name: "Ángel Rodríguez Lagunilla" });
    });

    it("finds CATL by its full name", async () => {
      const { data } = await app.query(`{ company(name: "contemporary amperex technology co. ltd.") { id name } }`);
      expect(data.company).toEqual({ id: "company:catl", name: "CATL" });
    });

    it("keeps the IVECO brand and Iveco Group apart, and linked", async () => {
      const { data } = await app.query(`{ iveco: company(name: "IVECO") { id kind parents { id } } group: company(name: "Iveco Group") { id brands { id } } }`);
      expect(data.iveco.id).toBe("company:iveco");
      expect(data.group.id).toBe("company:iveco-group");
      expect(data.iveco.parents).toEqual([{ id: "company:iveco-group" }]);
      expect(data.group.brands.map((b: any) => b.id)).toContain("company:iveco");
    });

    it("gets any node by global id through node and nodes", async () => {
      const { data } = await app.query(`{
        node(id: "market:jalisco") { id label name ... on Market { kind parents { name } } }
        nodes(ids: ["company:catl", "company:nope"]) { id label }
      }`);
      expect(data.node).toEqual({ id: "market:jalisco", label: "Market", name: "Jalisco", kind: "STATE", parents: [{ name: "Mexico" }] });
      expect(data.nodes).toEqual([{ id: "company:catl", label: "Company" }, null]);
    });

    it("answers null, not an error, for an unknown id, keeping the other fields' data", async () => {
      const { data, errors } = await app.query(`{ company(id: "company:nope") { id } catl: company(id: "company:catl") { name } }`);
      expect(errors).toBeUndefined();
      expect(data).toEqual({ company: null, catl: { name: "CATL" } });
    });

    it("answers null, not an error, for a node id no node has, and the sibling fields keep their data", async () => {
      const { data, errors } = await app.query(`{ missing: node(id: "company:nope") { id } catl: node(id: "company:catl") { id label } }`);
      expect(errors).toBeUndefined();
      expect(data).toEqual({ missing: null, catl: { id: "company:catl", label: "Company" } });
    });

    it.each([
      ["an empty id", `{ bad: node(id: "") { id } catl: node(id: "company:catl") { id } }`, "bad", '""'],
      ["an id without a label", `{ bad: node(id: "nope") { id } catl: node(id: "company:catl") { id } }`, "bad", '"nope"'],
      ["an id with a label the model lacks", `{ bad: node(id: "spaceship:x") { id } catl: node(id: "company:catl") { id } }`, "bad", "spaceship:x"],
      ["one malformed id among nodes(ids:)", `{ bad: nodes(ids: ["company:catl", "nope"]) { id } catl: node(id: "company:catl") { id } }`, "bad", "nope"],
    ])("refuses %s with BAD_USER_INPUT on that field only", async (_case, query, field, shown) => {
      const { data, errors } = await app.query(query);
      expect(data).toEqual({ [field]: null, catl: { id: "company:catl" } });
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect((errors![0] as any).path).toEqual([field]);
      const text = JSON.stringify(errors![0]);
      expect(text).toContain("company:foton");
      expect(text).toContain(shown.replace(/"/g, '\\"'));
    });

    it("reads every relationship of a node with its provenance", async () => {
      const { data } = await app.query(`{
        node(id: "person:gerrit-marx") {
          relationships { direction node { id } relationship { type sourceId targetId properties provenance { quote start end document { id text } } } }
        }
      }`);
      const links = data.node.relationships;
      expect(links.map((link: any) => link.relationship.type).sort()).toEqual(["HOLDS_POSITION", "WITNESSED"]);
      for (const { direction, node, relationship } of links) {
        const { quote, start, end, document } = relationship.provenance;
        expect(document.text.slice(start, end)).toBe(quote);
        // Both are Gerrit Marx's own facts: they start from him and end at the node on the other side.
        expect(direction).toBe("OUTGOING");
        expect(relationship.sourceId).toBe("person:gerrit-marx");
        expect(relationship.targetId).toBe(node.id);
      }
      const position = links.find((link: any) => link.relationship.type === "HOLDS_POSITION");
      expect(position.node).toEqual({ id: "company:iveco-group" });
      expect(position.relationship.properties).toMatchObject({ title: "CEO" });
    });

    it("reads the same relationship, with the same id, from either end; only the link's direction and other end change", async () => {
      const { data, errors } = await app.query(`{
        marx: node(id: "person:gerrit-marx") { relationships(types: [HOLDS_POSITION]) { direction node { id } relationship { id type sourceId targetId properties } } }
        group: node(id: "company:iveco-group") { relationships(types: [HOLDS_POSITION], direction: INCOMING) { direction node { id } relationship { id type sourceId targetId properties } } }
      }`);
      expect(errors).toBeUndefined();
      const [fromMarx] = data.marx.relationships;
      const fromGroup = data.group.relationships.find((link: any) => link.node.id === "person:gerrit-marx");
      expect(fromMarx).toMatchObject({ direction: "OUTGOING", node: { id: "company:iveco-group" } });
      expect(fromGroup).toMatchObject({ direction: "INCOMING", node: { id: "person:gerrit-marx" } });
      expect(fromGroup.relationship).toEqual(fromMarx.relationship);
      expect(data.group.relationships.every((link: any) => link.direction === "INCOMING" && link.relationship.targetId === "company:iveco-group")).toBe(true);
    });
  });

  describe("search", () => {
    it("returns scored full-text matches, best first, narrowed by type", async () => {
      const { data } = await app.query(`{ search(text: "battery", types: [Agreement], first: 5) { score node { id label } } }`);
      expect(data.search.length).toBeGreaterThan(0);
      expect(data.search.every((hit: any) => hit.node.label === "Agreement")).toBe(true);
      expect(data.search.map((hit: any) => hit.node.id)).toContain("agreement:foton-catl-battery-rental-jv");
      const scores = data.search.map((hit: any) => hit.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it("searches the words AND, OR and NOT as words, not operators", async () => {
      for (const text of ["AND", "connect OR", "foton NOT"]) {
        const { errors } = await app.query(`query($t: String!) { search(text: $t) { score } }`, { t: text });
        expect(errors).toBeUndefined();
      }
    });

    it("searches document text and treats query syntax as plain text", async () => {
      const { data, errors } = await app.query(`{ search(text: "Aguascalientes AND (\\"Jalisco", types: [Document]) { node { id } } }`);
      expect(errors).toBeUndefined();
      expect(data.search.map((hit: any) => hit.node.id)).toEqual(["document:foton-mexico-facility-catl"]);
    });
  });

  describe("lists as Relay connections", () => {
    it("pages through people with stable cursors and a total count", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 10; page += 1) {
        const result: any = await app.query(
          `query($after: String) { people(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
          { after },
        );
        total = result.data.people.totalCount;
        seen.push(...result.data.people.edges.map((e: any) => e.node.name));
        if (!result.data.people.pageInfo.hasNextPage) break;
        after = result.data.people.pageInfo.endCursor;
      }
      expect(total).toBe(13);
      expect(seen).toHaveLength(13);
      expect(new Set(seen).size).toBe(13);
    });

    it.each(["NAME_DESC", "DATE_ASC", "DATE_DESC"])("pages through every entity exactly once with orderBy %s", async (orderBy) => {
      const all = await app.query(`query($o: EntityOrder!) { events(first: 100, orderBy: $o) { edges { node { id } } } }`, { o: orderBy });
      const expected = all.data.events.edges.map((e: any) => e.node.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result: any = await app.query(
          `query($o: EntityOrder!, $after: String) { events(first: 2, orderBy: $o, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { o: orderBy, after },
        );
        seen.push(...result.data.events.edges.map((e: any) => e.node.id));
        if (!result.data.events.pageInfo.hasNextPage) break;
        after = result.data.events.pageInfo.endCursor;
      }
      expect(expected.length).toBeGreaterThan(5);
      expect(seen).toEqual(expected);
    });

    it("sorts by name descending and by date", async () => {
      const desc = await app.query(`{ markets(first: 3, orderBy: NAME_DESC) { edges { node { name } } } }`);
      const names = desc.data.markets.edges.map((e: any) => e.node.name);
      expect([...names].sort().reverse()).toEqual(names);
      const byDate = await app.query(`{ events(first: 100, orderBy: DATE_ASC) { edges { node { name date { start } effectiveFrom { start } } } } }`);
      const starts = byDate.data.events.edges.map((e: any) => (e.node.date ?? e.node.effectiveFrom)?.start ?? null);
      const dated = starts.filter((start: string | null) => start !== null);
      expect([...dated].sort()).toEqual(dated);
      expect(starts.slice(dated.length).every((start: string | null) => start === null)).toBe(true);
      expect(dated.length).toBeGreaterThan(5);
    });

    it("filters by name part, kind and relationship", async () => {
      const { data } = await app.query(`{
        byName: companies(filter: { nameContains: "amperex" }) { edges { node { id } } }
        brands: companies(filter: { kind: "BRAND" }) { totalCount }
        witnesses: people(filter: { relatedTo: "agreement:foton-iveco-mou-2024" }) { totalCount }
      }`);
      expect(data.byName.edges).toEqual([{ node: { id: "company:catl" } }]);
      expect(data.brands.totalCount).toBe(2);
      expect(data.witnesses.totalCount).toBe(12);
    });
  });

  describe("relationship fields", () => {
    it("gives a market only the kinds of node each field names", async () => {
      const { data } = await app.query(`{
        europe: market(name: "Europe") { agreements { label } companies { label } parts { name } }
        jalisco: market(name: "Jalisco") { facilities { label name } events { label } parents { name } }
        munich: market(name: "Munich") { events { label kind } }
      }`);
      expect(data.europe.agreements.length).toBeGreaterThan(0);
      expect(data.europe.agreements.every((n: any) => n.label === "Agreement")).toBe(true);
      expect(data.europe.companies.every((n: any) => n.label === "Company")).toBe(true);
      expect(data.europe.parts.map((m: any) => m.name).sort()).toEqual(["Germany", "Italy", "Poland"]);
      expect(data.jalisco.facilities.map((f: any) => f.label)).toEqual(["Facility", "Facility"]);
      expect(data.jalisco.events).toEqual([]);
      expect(data.jalisco.parents).toEqual([{ name: "Mexico" }]);
      expect(data.munich.events.map((e: any) => e.kind).sort()).toEqual(["DEBUT", "EXPO"]);
    });

    it("links the talks the MOU opened back to it", async () => {
      const { data } = await app.query(`{ agreement(id: "agreement:foton-iveco-mou-2024") { followUps { kind status } parties { company { id } } } }`);
      expect(data.agreement.followUps.map((a: any) => a.kind).sort()).toEqual(["COOPERATION", "SUPPLY"]);
      expect(data.agreement.parties.map((p: any) => p.company.id).sort()).toEqual(["company:foton", "company:iveco-group"]);
    });
  });

  describe("input validation", () => {
    it.each([
      ["a page size over the maximum", `{ companies(first: 1000) { totalCount } }`, "first must be between 1 and 100"],
      ["a page size under one", `{ search(text: "foton", first: 0) { score } }`, "first must be between 1 and 100"],
      ["a cursor the API did not make", `{ companies(after: "bm90LWEtY3Vyc29y") { totalCount } }`, "after is not a cursor this API returned"],
      ["a date that is not a date", `{ agreements(filter: { dateFrom: "last year" }) { totalCount } }`, "is not a date: give a year (2024)"],
      ["neither id nor name", `{ company { id } }`, "Give exactly one of id or name to company."],
      ["an empty search", `{ search(text: "") { score } }`, "text must not be empty"],
      ["a month that does not exist", `{ agreements(filter: { dateTo: "2022-13" }) { totalCount } }`, "is not a date: give a year (2024)"],
      ["a day that does not exist", `{ agreements(filter: { dateTo: "2022-02-30" }) { totalCount } }`, "is not a date: give a year (2024)"],
      [
        "a cursor from another order",
        `{ people(orderBy: NAME_DESC, after: "WyJOQU1FX0FTQyIsImEiLCJwZXJzb246YSJd") { totalCount } }`,
        "after was returned for orderBy NAME_ASC, not NAME_DESC",
      ],
      [
        "a kind the label does not have",
        `{ agreements(filter: { kind: "BOGUS" }) { totalCount } }`,
        'filter.kind \\"BOGUS\\" is not a Agreement kind; use one of MOU, DEVELOPMENT_AGREEMENT',
      ],
      ["a status on a label without one", `{ companies(filter: { status: "SIGNED" }) { totalCount } }`, "filter.status: Company has no status; leave it out."],
    ])("rejects %s with BAD_USER_INPUT", async (_case, query, message) => {
      const { errors } = await app.query(query);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(errors![0])).toContain(message);
    });
  });

  describe("categorical fields as enums", () => {
    it("serves each categorical property as a value of its enum", async () => {
      const { data, errors } = await app.query(`{
        agreement(id: "agreement:foton-iveco-mou-2024") { kind status parties { role company { kind } } }
        facility(id: "facility:foton-mexico-plant-2") { kind status investmentQualifier }
      }`);
      expect(errors).toBeUndefined();
      expect(data.agreement).toMatchObject({ kind: "MOU", status: "SIGNED" });
      expect(data.agreement.parties.map((party: any) => party.company.kind).sort()).toEqual(["GROUP", "MANUFACTURER"]);
      expect(data.facility).toMatchObject({ kind: "PLANT", status: "PLANNED", investmentQualifier: "MORE_THAN" });
    });

    it("lets a client discover an enum's values and what each means", async () => {
      const { data } = await app.query(`{ __type(name: "AgreementStatus") { enumValues { name description } } }`);
      expect(data.__type.enumValues).toEqual(
        expect.arrayContaining([
          { name: "SIGNED", description: "Signed." },
          { name: "EXPLORING", description: "Being explored or evaluated." },
        ]),
      );
    });

    it("reads the typed properties of a fact through its edge type", async () => {
      const { data, errors } = await app.query(`{
        company(id: "company:foton") { events { id participations { role participant { id } } } }
        facility(id: "facility:foton-mexico-plant-2") { operations { status operator { name } origin confidence } }
      }`);
      expect(errors).toBeUndefined();
      const roles = data.company.events.flatMap((event: any) =>
        event.participations.filter((p: any) => p.participant.id === "company:foton").map((p: any) => p.role),
      );
      expect(roles).toEqual(expect.arrayContaining(["PARTNER", "EXHIBITOR"]));
      expect(data.facility.operations).toEqual([expect.objectContaining({ operator: { name: "Foton" }, origin: "CURATED", confidence: 1 })]);
    });

    it("reads a stored value its enum lacks (data from before a value was renamed) as null, keeping it in properties", async () => {
      const run = (text: string) => graph.gateway.writeTransaction((tx) => tx.run({ template: "test", text }));
      await run(`CREATE (:Node:Company {id: "company:legacy", name: "Legacy", kind: "CARMAKER"})`);
      try {
        const { data, errors } = await app.query(`{ company(id: "company:legacy") { kind properties } }`);
        expect(errors).toBeUndefined();
        expect(data.company).toEqual({ kind: null, properties: expect.objectContaining({ kind: "CARMAKER" }) });
      } finally {
        await run(`MATCH (n {id: "company:legacy"}) DETACH DELETE n`);
      }
    });

    it("filters a list by an enum value", async () => {
      const { data } = await app.query(`{ agreements(filter: { kind: "MOU" }) { edges { node { kind } } } }`);
      expect(data.agreements.edges.length).toBeGreaterThan(0);
      expect(new Set(data.agreements.edges.map((edge: any) => edge.node.kind))).toEqual(new Set(["MOU"]));
    });
  });

  describe("round trips", () => {
    /** Runs a query and counts the Cypher statements it sent. */
    async function measured(query: string) {
      const before = graph.gateway.statementsSent;
      const response = await app.query(query);
      expect(response.errors).toBeUndefined();
      return { data: response.data, statements: graph.gateway.statementsSent - before };
    }

    it("answers a page and a three-level nested selection below it in one Cypher statement, however many rows", async () => {
      const nested = (first: number) => `{
        companies(first: ${first}) { edges { node { name executives { title person { name positions { title company { name } } } } } } }
      }`;
      const small = await measured(nested(3));
      const large = await measured(nested(50));
      expect(small.data.companies.edges.flatMap((e: any) => e.node.executives).length).toBeGreaterThan(0);
      expect(large.data.companies.edges.flatMap((e: any) => e.node.executives)).toHaveLength(13);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBe(1);
    });

    it("answers a page and a five-level nested selection below it in one Cypher statement, however many rows", async () => {
      const nested = (first: number) => `{
        companies(first: ${first}) { edges { node { name executives { person { witnessed { parties { company { name markets { name } } } } } } } } }
      }`;
      const small = await measured(nested(3));
      const large = await measured(nested(50));
      const parties = large.data.companies.edges.flatMap((e: any) => e.node.executives.flatMap((x: any) => x.person.witnessed.flatMap((a: any) => a.parties)));
      expect(parties.length).toBeGreaterThan(12);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBe(1);
    });

    const executivesOfFoton = `
      fragment Job on Position { title company { name agreements { name } } }
      {
        ROOT {
          ... on Company {
            name
            bosses: executives { title person { name positions { ...Job } witnessed { name parties { role company { name } } } } }
            executives { person { id } }
          }
        }
      }`;

    it("answers one company and everything nested below it in a single Cypher query, through fragments and aliases", async () => {
      const { data, statements } = await measured(executivesOfFoton.replace("ROOT", `company(id: "company:foton")`));
      expect(statements).toBe(1);
      expect(data.company.bosses.map((x: any) => x.person.name)).not.toContain("Gerrit Marx");
      const chang = data.company.bosses.find((x: any) => x.title === "Chairman");
      expect(chang.person.name).toBe("Chang Rui");
      expect(chang.person.positions.some((p: any) => p.company.agreements.some((a: any) => /Iveco/i.test(a.name)))).toBe(true);
      expect(chang.person.witnessed.flatMap((a: any) => a.parties.map((p: any) => p.company.name))).toEqual(expect.arrayContaining(["Foton", "Iveco Group"]));
    });

    it("pages backwards with the nested selection in the same one statement, in the list's order", async () => {
      const nested = (args: string) => `{ companies(${args}) { edges { node { name executives { title person { name } } } } } }`;
      const forwards = await measured(nested("first: 50"));
      const backwards = await measured(nested("last: 5"));
      expect(backwards.statements).toBe(1);
      expect(backwards.data.companies.edges).toEqual(forwards.data.companies.edges.slice(-5));
    });

    it("answers a page with its totalCount, pageInfo both ways and a nested selection in one statement, forwards and backwards", async () => {
      const page = (args: string) => `{ companies(${args}) {
        totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
        edges { cursor node { name executives { title person { name } } } } } }`;
      const all = await measured(page("first: 100"));
      expect(all.statements).toBe(1);
      const edges = all.data.companies.edges;
      const cursors = edges.map((edge: any) => edge.cursor);
      const n = edges.length;
      expect(n).toBeGreaterThanOrEqual(6);
      expect(all.data.companies.totalCount).toBe(n);
      expect(all.data.companies.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
      const cases: [string, number, number, boolean, boolean][] = [
        // [arguments, first and last edge (slice of `edges`), hasPreviousPage, hasNextPage]
        [`first: 2, after: "${cursors[1]}"`, 2, 4, true, true],
        [`first: 100, after: "${cursors[n - 3]}"`, n - 2, n, true, false],
        [`last: 2, before: "${cursors[n - 2]}"`, n - 4, n - 2, true, true],
        [`last: 100, before: "${cursors[2]}"`, 0, 2, false, true],
        [`first: 10, after: "${cursors[0]}", before: "${cursors[3]}"`, 1, 3, true, true],
        [`last: 10, after: "${cursors[0]}", before: "${cursors[3]}"`, 1, 3, true, true],
      ];
      for (const [args, from, to, hasPreviousPage, hasNextPage] of cases) {
        const { data, statements } = await measured(page(args));
        expect({ args, statements }).toEqual({ args, statements: 1 });
        expect(data.companies.totalCount).toBe(n);
        expect(data.companies.edges).toEqual(edges.slice(from, to));
        expect({ args, ...data.companies.pageInfo }).toEqual({ args, hasPreviousPage, hasNextPage, startCursor: cursors[from], endCursor: cursors[to - 1] });
      }
    });

    it("answers a page filtered by relatedTo, with its nested selection, in one statement, and checks the node only when the page is empty", async () => {
      const page = (id: string) =>
        `{ agreements(first: 50, filter: { relatedTo: "${id}", kind: "MOU" }) { edges { node { name parties { company { name } } targetMarkets { name } } } } }`;
      const found = await measured(page("company:foton"));
      expect(found.statements).toBe(1);
      expect(found.data.agreements.edges.length).toBeGreaterThan(0);
      const empty = await measured(page("market:china"));
      expect(empty.statements).toBe(2);
      expect(empty.data.agreements.edges).toEqual([]);
    });

    it("answers a company asked by name and everything nested below it in one Cypher statement", async () => {
      const { data, statements } = await measured(executivesOfFoton.replace("ROOT", `company(name: "Beiqi Foton Motor Co")`));
      expect(statements).toBe(1);
      expect(data.company.name).toBe("Foton");
      expect(data.company.bosses.map((x: any) => x.person.name)).toContain("Chang Rui");
    });

    it("gives the same answer prefetched as read field by field", async () => {
      const prefetched = await measured(executivesOfFoton.replace("ROOT", `company(id: "company:foton")`));
      const fieldByField = await measured(executivesOfFoton.replace("ROOT", `node(id: "company:foton")`));
      expect(fieldByField.statements).toBeGreaterThan(3);
      expect(prefetched.data.company).toEqual(fieldByField.data.node);
    });
  });

  describe("health and readiness", () => {
    it("answers /health and /ready when Neo4j answers and the seed graph is loaded", async () => {
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
      const ready = await fetch(`${app.url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready", seedLoaded: true });
    });

    it("is not ready while the seed graph is not loaded", async () => {
      app.state.seedLoaded = false;
      try {
        expect((await fetch(`${app.url}/ready`)).status).toBe(503);
      } finally {
        app.state.seedLoaded = true;
      }
    });
  });
});

describe("with Neo4j unreachable", () => {
  let app: TestApp;
  let gateway: Neo4jGateway;

  beforeAll(async () => {
    const config = testConfig({ NEO4J_URI: "neo4j://127.0.0.1:1", NEO4J_ACQUISITION_TIMEOUT_MS: "1000" });
    gateway = new Neo4jGateway(config.neo4j);
    app = await startTestApp(config, gateway);
  });
  afterAll(async () => {
    await app.close();
    await gateway.close();
  });

  it("answers queries with SERVICE_UNAVAILABLE and a message that says what to check", async () => {
    const { errors } = await app.query(`{ company(name: "Foton") { id } }`);
    expect(errors![0].extensions!.code).toBe("SERVICE_UNAVAILABLE");
    expect(errors![0].message).toContain("npm run db -- status");
  });

  it("stays alive on /health but not ready on /ready", async () => {
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ neo4j: "down" });
  });
});
