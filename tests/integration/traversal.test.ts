import { useSeededApp, type TestApp } from "./support/test-app";

describe("analyst traversals over the seed graph", () => {
  const seeded = useSeededApp();
  let app: TestApp;
  beforeAll(() => {
    app = seeded.app();
  });

  describe("paths", () => {
    it("returns the shortest path from Gerrit Marx to CATL, through the Foton–Iveco MOU and Foton", async () => {
      const { data, errors } = await app.query(`{
        shortestPath(from: "person:gerrit-marx", to: "company:catl") {
          length
          nodes { id }
          relationships { type direction sourceId targetId provenance { quote document { id } } }
        }
      }`);
      expect(errors).toBeUndefined();
      const path = data.shortestPath;
      expect(path.length).toBe(4);
      const ids = path.nodes.map((n: any) => n.id);
      expect(ids.slice(0, 3)).toEqual(["person:gerrit-marx", "agreement:foton-iveco-mou-2024", "company:foton"]);
      expect(ids[4]).toBe("company:catl");
      expect(path.relationships.map((r: any) => `${r.type}:${r.direction}`)).toEqual([
        "WITNESSED:OUTGOING",
        "PARTY_TO:INCOMING",
        "PARTY_TO:OUTGOING",
        "PARTY_TO:INCOMING",
      ]);
      for (const [index, rel] of path.relationships.entries()) {
        expect([rel.sourceId, rel.targetId].sort()).toEqual([ids[index], ids[index + 1]].sort());
        expect(rel.provenance.quote.length).toBeGreaterThan(0);
      }
    });

    it("returns every shortest path: one through each Foton–CATL agreement", async () => {
      const { data } = await app.query(`{ allShortestPaths(from: "person:gerrit-marx", to: "company:catl") { length nodes { id } } }`);
      expect(data.allShortestPaths.map((p: any) => p.length)).toEqual([4, 4]);
      expect(data.allShortestPaths.map((p: any) => p.nodes[3].id).sort()).toEqual([
        "agreement:foton-catl-battery-rental-jv",
        "agreement:foton-catl-mexico-partnership",
      ]);
    });

    it("answers an empty result, not an error, when no path is within maxHops", async () => {
      const { data, errors } = await app.query(`{
        shortestPath(from: "person:gerrit-marx", to: "company:catl", maxHops: 3) { length }
        allShortestPaths(from: "person:gerrit-marx", to: "company:catl", maxHops: 3) { length }
      }`);
      expect(errors).toBeUndefined();
      expect(data).toEqual({ shortestPath: null, allShortestPaths: [] });
    });

    it("follows only the relationship types and direction asked for", async () => {
      const { data } = await app.query(`{
        positionsOnly: shortestPath(from: "person:gerrit-marx", to: "company:catl", relationshipTypes: [HOLDS_POSITION]) { length }
        forwards: shortestPath(from: "person:chang-rui", to: "company:foton", direction: OUTGOING) { length relationships { type } }
        backwards: shortestPath(from: "person:chang-rui", to: "company:foton", direction: INCOMING) { length }
      }`);
      expect(data.positionsOnly).toBeNull();
      expect(data.forwards).toEqual({ length: 1, relationships: [{ type: "HOLDS_POSITION" }] });
      expect(data.backwards).toBeNull();
    });

    it("pages through simple paths, shortest first", async () => {
      const first: any = await app.query(
        `{ paths(from: "person:gerrit-marx", to: "company:catl", maxHops: 5, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { length nodes { id } } } } }`,
      );
      const { totalCount, pageInfo, edges } = first.data.paths;
      expect(totalCount).toBeGreaterThan(2);
      expect(edges.map((e: any) => e.node.length)).toEqual([4, 4]);
      const second: any = await app.query(
        `query($after: String) { paths(from: "person:gerrit-marx", to: "company:catl", maxHops: 5, first: 50, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { length nodes { id } } } } }`,
        { after: pageInfo.endCursor },
      );
      const rest = second.data.paths.edges.map((e: any) => e.node);
      expect(rest).toHaveLength(totalCount - 2);
      expect(second.data.paths.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
      const lengths = [...edges.map((e: any) => e.node.length), ...rest.map((p: any) => p.length)];
      expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
      for (const path of rest) expect(new Set(path.nodes.map((n: any) => n.id)).size).toBe(path.nodes.length);
    });

    it.each([
      ["an unknown node", `{ shortestPath(from: "person:gerrit-marx", to: "company:nope") { length } }`, "NOT_FOUND"],
      ["too many hops", `{ shortestPath(from: "person:gerrit-marx", to: "company:catl", maxHops: 11) { length } }`, "BAD_USER_INPUT"],
      ["the same node twice", `{ allShortestPaths(from: "company:catl", to: "company:catl") { length } }`, "BAD_USER_INPUT"],
    ])("rejects %s", async (_case, query, code) => {
      const { errors } = await app.query(query);
      expect(errors![0].extensions!.code).toBe(code);
    });
  });

  describe("neighborhood", () => {
    it("draws Iveco Group's one-hop neighborhood, deduplicated, with typed edges", async () => {
      const { data } = await app.query(
        `{ neighborhood(id: "company:iveco-group") { truncated nodes { id label name depth } edges { id source target type properties provenance { quote } } } }`,
      );
      const { nodes, edges, truncated } = data.neighborhood;
      expect(truncated).toBe(false);
      const ids = nodes.map((n: any) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(
        expect.arrayContaining(["company:iveco-group", "person:gerrit-marx", "company:iveco", "company:fpt-industrial", "agreement:foton-iveco-mou-2024"]),
      );
      expect(nodes.find((n: any) => n.id === "company:iveco-group").depth).toBe(0);
      expect(new Set(edges.map((e: any) => e.id)).size).toBe(edges.length);
      for (const edge of edges) {
        expect(ids).toContain(edge.source);
        expect(ids).toContain(edge.target);
        expect(edge.provenance.quote.length).toBeGreaterThan(0);
      }
      const marx = edges.find((e: any) => e.source === "person:gerrit-marx");
      expect(marx).toMatchObject({ type: "HOLDS_POSITION", target: "company:iveco-group", properties: expect.objectContaining({ title: "CEO" }) });
    });

    it("goes two hops out, keeps to the labels asked for, and says when the node cap truncated it", async () => {
      const { data } = await app.query(`{
        people: neighborhood(id: "company:iveco-group", depth: 2, labels: [Person, Agreement]) { nodes { label depth } }
        capped: neighborhood(id: "company:foton", depth: 2, limit: 10) { truncated nodes { id } }
      }`);
      expect(new Set(data.people.nodes.slice(1).map((n: any) => n.label))).toEqual(new Set(["Person", "Agreement"]));
      expect(Math.max(...data.people.nodes.map((n: any) => n.depth))).toBe(2);
      expect(data.capped).toMatchObject({ truncated: true });
      expect(data.capped.nodes).toHaveLength(10);
    });

    it("refuses a depth over 3", async () => {
      const { errors } = await app.query(`{ neighborhood(id: "company:foton", depth: 4) { truncated } }`);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("timeline", () => {
    it("lists Foton's dated facts in date order, each with its precision", async () => {
      const { data } = await app.query(`{ timeline(entity: "company:foton") { kind property title date { value precision start inferred } } }`);
      const entries = data.timeline;
      const starts = entries.map((e: any) => e.date.start);
      expect([...starts].sort()).toEqual(starts);
      const find = (kind: string, value: string) => entries.find((e: any) => e.kind === kind && e.date.value === value);
      expect(find("PLANT_OPENING", "2017")).toMatchObject({ date: { precision: "YEAR" } });
      expect(find("PARTNERSHIP_START", "2017-09")).toMatchObject({ date: { precision: "MONTH" } });
      expect(find("PARTNERSHIP_START", "2018-05")).toBeDefined();
      expect(find("LAUNCH", "2021-01-26")).toMatchObject({ date: { precision: "DAY" } });
      expect(find("DEBUT", "2022-06-03")).toMatchObject({ date: { inferred: true } });
      expect(find("EXPO", "2022-11")).toBeDefined();
      expect(find("DEADLINE", "2023-21")).toMatchObject({ date: { precision: "SEASON" } });
      expect(find("SIGNING", "2024-06-04")).toBeDefined();
      expect(find("POSITION", "2024-06-04")).toBeDefined();
      expect(find("PLANNED_OPENING", "2025")).toBeDefined();
    });

    it("keeps to a date range and to the kinds asked for", async () => {
      const { data } = await app.query(
        `{ timeline(entity: "company:foton", from: "2022-01-01", to: "2022-12-31", kinds: [EXPO, DEBUT, ANNOUNCEMENT]) { kind date { value } } }`,
      );
      expect(data.timeline.map((e: any) => `${e.kind} ${e.date.value}`)).toEqual(["ANNOUNCEMENT 2022", "DEBUT 2022-06-03", "EXPO 2022-11"]);
    });

    it("gives a person their positions", async () => {
      const { data } = await app.query(`{ timeline(entity: "person:gerrit-marx", kinds: [POSITION]) { title date { value } relationship { type } } }`);
      expect(data.timeline).toEqual([{ title: "CEO (Iveco Group)", date: { value: "2024-06-04" }, relationship: { type: "HOLDS_POSITION" } }]);
    });
  });

  describe("common connections and rankings", () => {
    it("finds what Foton and CATL are both linked to, and how", async () => {
      const { data } = await app.query(
        `{ commonConnections(a: "company:foton", b: "company:catl") { node { id } viaA { type direction } viaB { type direction } } }`,
      );
      expect(data.commonConnections.map((c: any) => c.node.id).sort()).toEqual([
        "agreement:foton-catl-battery-rental-jv",
        "agreement:foton-catl-mexico-partnership",
      ]);
      for (const connection of data.commonConnections) {
        expect(connection.viaA).toEqual([{ type: "PARTY_TO", direction: "OUTGOING" }]);
        expect(connection.viaB).toEqual([{ type: "PARTY_TO", direction: "OUTGOING" }]);
      }
    });

    it("ranks companies by degree, Foton first", async () => {
      const { data } = await app.query(
        `{ mostConnected(label: Company, first: 3) { degree node { id } } agreementsOnly: mostConnected(label: Company, relationshipTypes: [PARTY_TO], first: 2) { degree node { id } } }`,
      );
      expect(data.mostConnected[0].node.id).toBe("company:foton");
      const degrees = data.mostConnected.map((r: any) => r.degree);
      expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
      expect(data.agreementsOnly[0]).toEqual({ degree: 7, node: { id: "company:foton" } });
    });

    it("counts agreements by market, by kind and by year, largest groups first", async () => {
      const { data } = await app.query(
        `{ byMarket: agreementCounts(by: MARKET) { key count } byKind: agreementCounts(by: KIND) { key count } byYear: agreementCounts(by: YEAR) { key count } top: agreementCounts(by: MARKET, first: 1) { key } }`,
      );
      expect(data.top).toEqual([{ key: "market:europe" }]);
      expect(data.byMarket[0]).toEqual({ key: "market:europe", count: 3 });
      expect(data.byMarket).toContainEqual({ key: "market:mexico", count: 1 });
      expect(data.byKind.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(7);
      expect(data.byKind).toContainEqual({ key: "MOU", count: 1 });
      expect(data.byYear).toEqual([
        { key: "2022", count: 1 },
        { key: "2024", count: 1 },
        { key: "UNDATED", count: 5 },
      ]);
    });
  });
});
