import { modelInUse } from "../../src/model/model-in-use";
import { useSeededApp, type TestApp } from "./support/test-app";

const PRECISION_RANK: Record<string, number> = { DAY: 0, MONTH: 1, SEASON: 2, YEAR: 3 };

/** What tells two timeline entries apart: the dated node or relationship, and which of its dates. */
function entryKey(entry: any): string {
  return `${entry.relationship?.id ?? entry.node.id}#${entry.property}`;
}

/** Whether entries come in date order: by first day, then a day before the month or year that holds it. */
function inDateOrder(entries: any[]): boolean {
  return entries.every(
    (entry, index) =>
      index === 0 ||
      entries[index - 1].date.start < entry.date.start ||
      (entries[index - 1].date.start === entry.date.start && PRECISION_RANK[entries[index - 1].date.precision] <= PRECISION_RANK[entry.date.precision]),
  );
}

interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: any }[];
}

const TIMELINE_PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { kind property title date { value start end precision } node { id } relationship { id } } }`;

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
          relationships { id type sourceId targetId provenance { quote document { id } } }
          steps { direction node { id } relationship { id } }
        }
      }`);
      expect(errors).toBeUndefined();
      const path = data.shortestPath;
      expect(path.length).toBe(4);
      const ids = path.nodes.map((n: any) => n.id);
      expect(ids.slice(0, 3)).toEqual(["person:gerrit-marx", "agreement:foton-iveco-mou-2024", "company:foton"]);
      expect(ids[4]).toBe("company:catl");
      expect(path.relationships.map((r: any) => r.type)).toEqual(["WITNESSED", "PARTY_TO", "PARTY_TO", "PARTY_TO"]);
      expect(path.steps.map((step: any) => step.direction)).toEqual(["OUTGOING", "INCOMING", "OUTGOING", "INCOMING"]);
      for (const [index, rel] of path.relationships.entries()) {
        expect([rel.sourceId, rel.targetId].sort()).toEqual([ids[index], ids[index + 1]].sort());
        expect(rel.provenance.quote.length).toBeGreaterThan(0);
        // steps[i] is relationships[i] walked from nodes[i]: OUTGOING exactly when nodes[i] is its source.
        const step = path.steps[index];
        expect(step.relationship.id).toBe(rel.id);
        expect(step.node.id).toBe(ids[index + 1]);
        expect(step.direction).toBe(rel.sourceId === ids[index] ? "OUTGOING" : "INCOMING");
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

      const last: any = await app.query(
        `{ paths(from: "person:gerrit-marx", to: "company:catl", maxHops: 5, last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { length nodes { id } } } } }`,
      );
      expect(last.data.paths.totalCount).toBe(totalCount);
      expect(last.data.paths.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
      expect(last.data.paths.edges.map((e: any) => e.node)).toEqual(rest.slice(-2));
    });

    it("gives each step the direction it is walked in, while the relationship reads the same from either end", async () => {
      const { data, errors } = await app.query(`{
        there: shortestPath(from: "person:chang-rui", to: "company:foton", relationshipTypes: [HOLDS_POSITION]) {
          nodes { id } relationships { id type sourceId targetId } steps { direction node { id } relationship { id type sourceId targetId } }
        }
        back: shortestPath(from: "company:foton", to: "person:chang-rui", relationshipTypes: [HOLDS_POSITION]) {
          nodes { id } relationships { id type sourceId targetId } steps { direction node { id } relationship { id type sourceId targetId } }
        }
      }`);
      expect(errors).toBeUndefined();
      const relationship = data.there.relationships[0];
      expect(relationship).toMatchObject({ type: "HOLDS_POSITION", sourceId: "person:chang-rui", targetId: "company:foton" });
      expect(data.there.nodes).toEqual([{ id: "person:chang-rui" }, { id: "company:foton" }]);
      expect(data.there.steps).toEqual([{ direction: "OUTGOING", node: { id: "company:foton" }, relationship }]);
      expect(data.back.nodes).toEqual([{ id: "company:foton" }, { id: "person:chang-rui" }]);
      expect(data.back.relationships).toEqual([relationship]);
      expect(data.back.steps).toEqual([{ direction: "INCOMING", node: { id: "person:chang-rui" }, relationship }]);
    });

    it("takes its ends by name or alias as well as by id", async () => {
      const { data, errors } = await app.query(`{
        byName: shortestPath(from: "Foton", to: "Iveco Group") { length nodes { id } steps { direction node { id } } }
        byId: shortestPath(from: "company:foton", to: "company:iveco-group") { length }
        byAlias: allShortestPaths(from: "Beiqi Foton Motor Co.", to: "CATL") { length nodes { id } }
        allById: allShortestPaths(from: "company:foton", to: "company:catl") { length nodes { id } }
        pagedByName: paths(from: "Gerrit Marx", to: "CATL", maxHops: 4) { totalCount edges { node { nodes { id } } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.byName.length).toBe(data.byId.length);
      expect(data.byName.nodes[0].id).toBe("company:foton");
      expect(data.byName.nodes.at(-1).id).toBe("company:iveco-group");
      expect(data.byName.steps.map((step: any) => step.node.id)).toEqual(data.byName.nodes.slice(1).map((node: any) => node.id));
      expect(data.byAlias).toEqual(data.allById);
      expect(data.byAlias.length).toBeGreaterThan(0);
      expect(data.pagedByName.totalCount).toBe(2);
      for (const { node } of data.pagedByName.edges) {
        expect(node.nodes[0].id).toBe("person:gerrit-marx");
        expect(node.nodes.at(-1).id).toBe("company:catl");
      }
    });

    it("reports an unknown end as NOT_FOUND on its own field only: the sibling fields still answer", async () => {
      const { data, errors } = await app.query(`{
        unknownId: shortestPath(from: "person:gerrit-marx", to: "company:nope") { length }
        unknownName: allShortestPaths(from: "No Such Company Anywhere", to: "CATL") { length }
        known: shortestPath(from: "Foton", to: "CATL") { length nodes { id } }
        missingNode: node(id: "company:nope") { id }
        catl: node(id: "company:catl") { id }
      }`);
      expect(data).toEqual({
        unknownId: null,
        unknownName: null,
        known: { length: 2, nodes: [{ id: "company:foton" }, expect.anything(), { id: "company:catl" }] },
        missingNode: null,
        catl: { id: "company:catl" },
      });
      const byPath = Object.fromEntries(errors!.map((error: any) => [error.path.join("."), error]));
      expect(Object.keys(byPath).sort()).toEqual(["unknownId", "unknownName"]);
      expect(byPath.unknownId.extensions.code).toBe("NOT_FOUND");
      expect(byPath.unknownId.message).toContain("company:nope");
      expect(byPath.unknownName.extensions.code).toBe("NOT_FOUND");
      expect(byPath.unknownName.message).toContain("No Such Company Anywhere");
    });

    it("refuses an empty end with BAD_USER_INPUT on that field, naming the argument", async () => {
      const { data, errors } = await app.query(`{
        path: shortestPath(from: "", to: "company:catl") { length }
        around: neighborhood(id: "") { truncated }
        dated: timeline(entity: "") { totalCount }
        shared: commonConnections(a: "company:foton", b: "") { node { id } }
        catl: node(id: "company:catl") { id }
      }`);
      expect(data).toEqual({ path: null, around: null, dated: null, shared: null, catl: { id: "company:catl" } });
      const byPath = Object.fromEntries(errors!.map((error: any) => [error.path.join("."), error]));
      expect(Object.keys(byPath).sort()).toEqual(["around", "dated", "path", "shared"]);
      for (const [field, argument] of [
        ["path", "from"],
        ["around", "id"],
        ["dated", "entity"],
        ["shared", "b"],
      ]) {
        expect(byPath[field].extensions.code).toBe("BAD_USER_INPUT");
        expect(JSON.stringify(byPath[field])).toContain(`${argument} must not be empty`);
      }
    });

    it.each([
      ["an unknown node", `{ shortestPath(from: "person:gerrit-marx", to: "company:nope") { length } }`, "NOT_FOUND"],
      ["an unknown name", `{ paths(from: "Gerrit Marx", to: "Nobody Of That Name") { totalCount } }`, "NOT_FOUND"],
      ["an empty end", `{ paths(from: "", to: "company:catl") { totalCount } }`, "BAD_USER_INPUT"],
      ["the same node by id and by name", `{ shortestPath(from: "company:catl", to: "CATL") { length } }`, "BAD_USER_INPUT"],
      ["both first and last", `{ paths(from: "Foton", to: "CATL", first: 2, last: 2) { totalCount } }`, "BAD_USER_INPUT"],
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
        `{ neighborhood(id: "company:iveco-group") { truncated nodes { depth node { id label name } } edges { id sourceId targetId source { id } target { id } type properties provenance { quote } } } }`,
      );
      const { nodes, edges, truncated } = data.neighborhood;
      expect(truncated).toBe(false);
      const ids = nodes.map((n: any) => n.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(
        expect.arrayContaining(["company:iveco-group", "person:gerrit-marx", "company:iveco", "company:fpt-industrial", "agreement:foton-iveco-mou-2024"]),
      );
      expect(nodes[0]).toEqual({ depth: 0, node: { id: "company:iveco-group", label: "Company", name: "Iveco Group" } });
      for (const node of nodes.slice(1)) expect(node.depth).toBe(1);
      expect(new Set(edges.map((e: any) => e.id)).size).toBe(edges.length);
      for (const edge of edges) {
        expect(ids).toContain(edge.sourceId);
        expect(ids).toContain(edge.targetId);
        expect(edge.source).toEqual({ id: edge.sourceId });
        expect(edge.target).toEqual({ id: edge.targetId });
        expect(edge.provenance.quote.length).toBeGreaterThan(0);
      }
      const marx = edges.find((e: any) => e.sourceId === "person:gerrit-marx");
      expect(marx).toMatchObject({ type: "HOLDS_POSITION", targetId: "company:iveco-group", properties: expect.objectContaining({ title: "CEO" }) });
    });

    it("goes two hops out, keeps to the labels asked for, and says when the node cap truncated it", async () => {
      const { data } = await app.query(`{
        people: neighborhood(id: "company:iveco-group", depth: 2, labels: [Person, Agreement]) { nodes { depth node { label } } }
        capped: neighborhood(id: "company:foton", depth: 2, limit: 10) { truncated nodes { node { id } } }
      }`);
      expect(new Set(data.people.nodes.slice(1).map((n: any) => n.node.label))).toEqual(new Set(["Person", "Agreement"]));
      expect(Math.max(...data.people.nodes.map((n: any) => n.depth))).toBe(2);
      expect(data.capped).toMatchObject({ truncated: true });
      expect(data.capped.nodes).toHaveLength(10);
    });

    it("starts from a node given by name", async () => {
      const { data, errors } = await app.query(`{
        byName: neighborhood(id: "Iveco Group") { nodes { depth node { id } } edges { id } }
        byId: neighborhood(id: "company:iveco-group") { nodes { depth node { id } } edges { id } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.byName.nodes[0]).toEqual({ depth: 0, node: { id: "company:iveco-group" } });
      expect(data.byName).toEqual(data.byId);
    });

    it("costs one Cypher statement from an id whatever the depth, and one more to look a name up", async () => {
      const gateway = seeded.graph().gateway;
      const statements = async (query: string) => {
        const before = gateway.statementsSent;
        const { errors } = await app.query(query);
        expect(errors).toBeUndefined();
        return gateway.statementsSent - before;
      };
      const walk = (id: string, depth: number) =>
        `{ neighborhood(id: "${id}", depth: ${depth}, limit: 500) { truncated nodes { depth node { id } } edges { id provenance { quote } } } }`;
      expect(await statements(walk("company:foton", 1))).toBe(1);
      expect(await statements(walk("company:foton", 3))).toBe(1);
      expect(await statements(walk("Foton", 3))).toBe(2);
    });

    it("says NOT_FOUND for an unknown start id", async () => {
      const { data, errors } = await app.query(`{ neighborhood(id: "company:no-such-company", depth: 3) { truncated } }`);
      expect(data.neighborhood).toBeNull();
      expect(errors![0].extensions!.code).toBe("NOT_FOUND");
    });

    it("reads only the node properties selected, and answers the same as when it reads them all", async () => {
      const view = modelInUse();
      const typeName = (spec: { type: unknown }) => (typeof spec.type === "string" ? spec.type : (spec.type as { name: string }).name);
      const typesOf = new Map<string, Set<string>>();
      for (const label of view.labels) {
        for (const [name, spec] of Object.entries(view.propertiesOf(label))) typesOf.set(name, (typesOf.get(name) ?? new Set()).add(typeName(spec)));
      }
      const fragments = view.labels.map((label) => {
        const fields = Object.entries(view.propertiesOf(label)).map(([name, spec]) => {
          // Aliased where another label has a property of that name with another type.
          const field = typesOf.get(name)!.size > 1 ? `${label}_${name}: ${name}` : name;
          return spec.type === "Date" ? `${field} { value precision start end text inferred }` : field;
        });
        return `... on ${label} { ${fields.join(" ")} }`;
      });
      const walk = (extra: string) =>
        `{ neighborhood(id: "company:foton", depth: 2, limit: 30) { nodes { depth node { id label name aliases ${fragments.join(" ")} ${extra} } } } }`;
      const read = jest.spyOn(seeded.graph().gateway, "read");
      try {
        const projected = await app.query(walk(""));
        const whole = await app.query(walk("properties"));
        expect(projected.errors).toBeUndefined();
        expect(whole.errors).toBeUndefined();
        const params = read.mock.calls.map(([, parameters]) => parameters as Record<string, unknown>);
        const keysRead = (p: Record<string, unknown>) => Object.values(p.nodeKeys as Record<string, string[]>).flat();
        // Projected, every label has its keys; with `properties` selected, none has, so every node is read whole.
        expect(Object.keys(params[0].nodeKeys as object).sort()).toEqual([...view.labels].sort());
        expect(keysRead(params[0])).toEqual(expect.arrayContaining(["id", "name", "aliases", "signedOn", "signedOn_precision"]));
        expect(keysRead(params[0])).not.toContain("nameKeys");
        expect(params[1].nodeKeys).toEqual({});
        const withoutProperties = whole.data.neighborhood.nodes.map(({ depth, node: { properties: _properties, ...node } }: any) => ({ depth, node }));
        expect(projected.data.neighborhood.nodes).toEqual(withoutProperties);
        expect(projected.data.neighborhood.nodes).toHaveLength(30);
      } finally {
        read.mockRestore();
      }
    });

    it("refuses a depth over 3", async () => {
      const { errors } = await app.query(`{ neighborhood(id: "company:foton", depth: 4) { truncated } }`);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("timeline", () => {
    it("lists Foton's dated facts in date order, each with its precision", async () => {
      const { data } = await app.query(
        `{ timeline(entity: "company:foton", first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { kind property title date { value precision start inferred } } } } }`,
      );
      const entries = data.timeline.edges.map((edge: any) => edge.node);
      expect(data.timeline.totalCount).toBe(entries.length);
      expect(data.timeline.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
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
        `{ timeline(entity: "company:foton", from: "2022-01-01", to: "2022-12-31", kinds: [EXPO, DEBUT, ANNOUNCEMENT]) { totalCount edges { node { kind date { value } } } } }`,
      );
      expect(data.timeline.totalCount).toBe(3);
      expect(data.timeline.edges.map(({ node: e }: any) => `${e.kind} ${e.date.value}`)).toEqual(["ANNOUNCEMENT 2022", "DEBUT 2022-06-03", "EXPO 2022-11"]);
    });

    it("gives a person their positions", async () => {
      const { data } = await app.query(
        `{ timeline(entity: "person:gerrit-marx", kinds: [POSITION]) { edges { node { title date { value } relationship { type sourceId targetId } } } } }`,
      );
      expect(data.timeline.edges).toEqual([
        {
          node: {
            title: "CEO (Iveco Group)",
            date: { value: "2024-06-04" },
            relationship: { type: "HOLDS_POSITION", sourceId: "person:gerrit-marx", targetId: "company:iveco-group" },
          },
        },
      ]);
    });

    it("keeps a June 2024 entry when from and to are the year 2024", async () => {
      const { data, errors } = await app.query(`{
        year: timeline(entity: "company:foton", from: "2024", to: "2024") { totalCount edges { node { kind property title date { value start end } } } }
        days: timeline(entity: "company:foton", from: "2024-01-01", to: "2024-12-31") { totalCount edges { node { kind property title date { value start end } } } }
        dayBefore: timeline(entity: "company:foton", to: "2024-06-03", kinds: [SIGNING]) { totalCount }
        dayOf: timeline(entity: "company:foton", from: "2024-06-04", to: "2024-06-04", kinds: [SIGNING]) { totalCount }
      }`);
      expect(errors).toBeUndefined();
      const entries = data.year.edges.map((edge: any) => edge.node);
      expect(entries).toContainEqual({
        kind: "SIGNING",
        property: "signedOn",
        title: "FOTON–Iveco Group Memorandum of Understanding",
        date: { value: "2024-06-04", start: "2024-06-04", end: "2024-06-04" },
      });
      for (const entry of entries) {
        expect(entry.date.end >= "2024-01-01").toBe(true);
        expect(entry.date.start <= "2024-12-31").toBe(true);
      }
      expect(entries.some((entry: any) => entry.kind === "PLANNED_OPENING" || entry.kind === "DEBUT")).toBe(false);
      expect(data.year).toEqual(data.days);
      expect(data.dayBefore.totalCount).toBe(0);
      expect(data.dayOf.totalCount).toBe(2);
    });

    it("pages an entity's timeline both ways", async () => {
      const select = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { property title node { id } relationship { id } } }`;
      const { data: all } = await app.query(`{ timeline(entity: "company:foton", first: 100) { ${select} } }`);
      const first = (await app.query(`{ timeline(entity: "company:foton", first: 4) { ${select} } }`)).data.timeline;
      expect(first.edges).toEqual(all.timeline.edges.slice(0, 4));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const next = (
        await app.query(`query($after: String) { timeline(entity: "company:foton", first: 4, after: $after) { ${select} } }`, {
          after: first.pageInfo.endCursor,
        })
      ).data.timeline;
      expect(next.edges).toEqual(all.timeline.edges.slice(4, 8));
      expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const back = (
        await app.query(`query($before: String) { timeline(entity: "company:foton", last: 4, before: $before) { ${select} } }`, {
          before: next.pageInfo.startCursor,
        })
      ).data.timeline;
      expect(back).toEqual(first);
      const tail = (await app.query(`{ timeline(entity: "company:foton", last: 3) { ${select} } }`)).data.timeline;
      expect(tail.edges).toEqual(all.timeline.edges.slice(-3));
      expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it("takes the entity by name", async () => {
      const { data, errors } = await app.query(`{
        byName: timeline(entity: "Gerrit Marx", kinds: [POSITION]) { totalCount edges { node { title } } }
        byId: timeline(entity: "person:gerrit-marx", kinds: [POSITION]) { totalCount edges { node { title } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.byName).toEqual(data.byId);
      expect(data.byName.totalCount).toBe(1);
    });
  });

  describe("the graph-wide timeline", () => {
    const page = async (args: string, variables: Record<string, unknown> = {}): Promise<TimelinePage> => {
      const declared = Object.keys(variables).map((name) => `$${name}: String`);
      const { data, errors } = await app.query(
        `query${declared.length ? `(${declared.join(", ")})` : ""} { timeline(${args}) { ${TIMELINE_PAGE} } }`,
        variables,
      );
      expect(errors).toBeUndefined();
      return data.timeline;
    };
    let everything: TimelinePage;
    beforeAll(async () => {
      everything = await page("first: 100");
    });

    it("lists every dated fact of the graph, in date order, each once", () => {
      const entries = everything.edges.map((edge) => edge.node);
      expect(everything.totalCount).toBe(entries.length);
      expect(everything.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      expect(new Set(entries.map(entryKey)).size).toBe(entries.length);
      expect(inDateOrder(entries)).toBe(true);
      const keys = entries.map(entryKey);
      // Facts of several entities, node dates and relationship dates alike.
      expect(keys).toEqual(
        expect.arrayContaining([
          "facility:foton-mexico-plant-jalisco#openedOn",
          "agreement:foton-iveco-mou-2024#signedOn",
          "rel:gerrit-marx-ceo-iveco-group#asOf",
          "rel:chang-rui-chairman-foton#asOf",
          "event:eu-combustion-engine-car-ban#effectiveFrom",
        ]),
      );
    });

    it("pages forwards: cursors chain, pageInfo is right on every page, and no entry comes twice", async () => {
      const size = 7;
      const pages: TimelinePage[] = [];
      let after: string | null = null;
      do {
        const current: TimelinePage = await page(`first: ${size}, after: $after`, { after });
        pages.push(current);
        after = current.pageInfo.endCursor;
        if (pages.length > 20) throw new Error("the timeline never ended");
      } while (pages.at(-1)!.pageInfo.hasNextPage);
      expect(pages).toHaveLength(Math.ceil(everything.totalCount / size));
      for (const [index, current] of pages.entries()) {
        expect(current.totalCount).toBe(everything.totalCount);
        expect(current.edges.length).toBe(index < pages.length - 1 ? size : everything.totalCount - size * (pages.length - 1));
        expect(current.pageInfo).toEqual({
          hasNextPage: index < pages.length - 1,
          hasPreviousPage: index > 0,
          startCursor: current.edges[0].cursor,
          endCursor: current.edges.at(-1)!.cursor,
        });
      }
      const walked = pages.flatMap((current) => current.edges);
      expect(new Set(walked.map((edge) => entryKey(edge.node))).size).toBe(walked.length);
      expect(walked).toEqual(everything.edges);
      expect(inDateOrder(walked.map((edge) => edge.node))).toBe(true);
    });

    it("pages backwards from the end: each page ends where the next began, in the same order", async () => {
      const size = 7;
      const pages: TimelinePage[] = [];
      let before: string | null = null;
      do {
        const current: TimelinePage = await page(`last: ${size}, before: $before`, { before });
        pages.push(current);
        before = current.pageInfo.startCursor;
        if (pages.length > 20) throw new Error("the timeline never began");
      } while (pages.at(-1)!.pageInfo.hasPreviousPage);
      expect(pages).toHaveLength(Math.ceil(everything.totalCount / size));
      for (const [index, current] of pages.entries()) {
        expect(current.totalCount).toBe(everything.totalCount);
        expect(current.pageInfo).toEqual({
          hasNextPage: index > 0,
          hasPreviousPage: index < pages.length - 1,
          startCursor: current.edges[0].cursor,
          endCursor: current.edges.at(-1)!.cursor,
        });
        expect(inDateOrder(current.edges.map((edge) => edge.node))).toBe(true);
      }
      expect(pages[0].edges).toEqual(everything.edges.slice(-size));
      const walked = [...pages].reverse().flatMap((current) => current.edges);
      expect(new Set(walked.map((edge) => entryKey(edge.node))).size).toBe(walked.length);
      expect(walked).toEqual(everything.edges);
    });

    it("takes a forward page's cursor to page back, and the other way", async () => {
      const second = await page("first: 5, after: $after", { after: everything.edges[4].cursor });
      expect(second.edges).toEqual(everything.edges.slice(5, 10));
      const back = await page("last: 5, before: $before", { before: second.pageInfo.startCursor });
      expect(back.edges).toEqual(everything.edges.slice(0, 5));
      expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const forward = await page("first: 5, after: $after", { after: back.pageInfo.endCursor });
      expect(forward.edges).toEqual(second.edges);
    });

    it("keeps to a partial date range, compared by the dates' first and last days", async () => {
      const year = await page(`first: 100, from: "2024", to: "2024"`);
      const expected = everything.edges.filter((edge) => edge.node.date.end >= "2024-01-01" && edge.node.date.start <= "2024-12-31");
      expect(expected.length).toBeGreaterThan(0);
      expect(year.totalCount).toBe(expected.length);
      expect(year.edges.map((edge) => edge.node)).toEqual(expected.map((edge) => edge.node));
      const june = await page(`first: 100, from: "2024-06", to: "2024-06", kinds: [SIGNING]`);
      expect(june.edges.map((edge) => entryKey(edge.node)).sort()).toEqual([
        "agreement:foton-iveco-mou-2024#signedOn",
        "event:foton-iveco-mou-signing-2024#date",
      ]);
    });

    it("refuses a cursor from one entity's timeline", async () => {
      const foton = await page(`entity: "company:foton", first: 2`);
      const { data, errors } = await app.query(`query($after: String) { timeline(first: 2, after: $after) { totalCount } }`, {
        after: foton.pageInfo.endCursor,
      });
      expect(data.timeline).toBeNull();
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("round trips", () => {
    /** Runs a query and counts the Cypher statements it sent. */
    const statements = async (query: string) => {
      const gateway = seeded.graph().gateway;
      const before = gateway.statementsSent;
      const { errors } = await app.query(query);
      expect(errors).toBeUndefined();
      return gateway.statementsSent - before;
    };
    const node = `id name ... on Company { kind aliases } ... on Person { aliases }`;
    const edge = `id type sourceId targetId provenance { quote } source { ${node} } target { ${node} }`;

    it.each([
      [
        "a shortest path",
        `{ shortestPath(from: "person:gerrit-marx", to: "company:catl") { length nodes { ${node} } relationships { ${edge} } steps { direction node { ${node} } } } }`,
      ],
      ["every shortest path", `{ allShortestPaths(from: "person:gerrit-marx", to: "company:catl") { nodes { ${node} } relationships { ${edge} } } }`],
      [
        "a page of simple paths",
        `{ paths(from: "person:gerrit-marx", to: "company:catl", maxHops: 4, first: 3) { totalCount edges { node { nodes { ${node} } relationships { ${edge} } } } } }`,
      ],
      [
        "common connections",
        `{ commonConnections(a: "company:foton", b: "company:catl") { node { ${node} } viaA { node { ${node} } relationship { ${edge} } } viaB { direction } } }`,
      ],
      ["a search", `{ search(text: "foton") { score match node { ${node} } } }`],
      [
        "an entity's timeline",
        `{ timeline(entity: "company:foton", first: 5) { totalCount edges { node { title kind date { value } node { ${node} } relationship { ${edge} } } } } }`,
      ],
      [
        "the graph-wide timeline with its count",
        `{ timeline(first: 5) { totalCount pageInfo { hasNextPage } edges { node { title node { ${node} } relationship { ${edge} } } } } }`,
      ],
    ])("answers %s, with its nodes' and relationships' selected fields, in one statement from ids", async (_name, query) => {
      expect(await statements(query)).toBe(1);
    });

    it.each([
      ["common connections", `{ answer: commonConnections(a: "company:foton", b: "company:nope") { node { id } } }`],
      ["an entity's timeline", `{ answer: timeline(entity: "company:nope") { totalCount } }`],
      ["a page of simple paths", `{ answer: paths(from: "company:nope", to: "company:catl") { totalCount } }`],
    ])("reports an unknown end of %s as NOT_FOUND from the same one statement", async (_name, query) => {
      const gateway = seeded.graph().gateway;
      const before = gateway.statementsSent;
      const { data, errors } = await app.query(query);
      expect(gateway.statementsSent - before).toBe(1);
      expect(data.answer).toBeNull();
      expect(errors![0].extensions!.code).toBe("NOT_FOUND");
      expect(errors![0].message).toContain("company:nope");
    });
  });

  describe("common connections and rankings", () => {
    it("finds what Foton and CATL are both linked to, and how", async () => {
      const { data } = await app.query(
        `{ commonConnections(a: "company:foton", b: "company:catl") { node { id } viaA { direction node { id } relationship { type sourceId targetId } } viaB { direction node { id } relationship { type sourceId targetId } } } }`,
      );
      expect(data.commonConnections.map((c: any) => c.node.id).sort()).toEqual([
        "agreement:foton-catl-battery-rental-jv",
        "agreement:foton-catl-mexico-partnership",
      ]);
      for (const connection of data.commonConnections) {
        const agreement = connection.node.id;
        expect(connection.viaA).toEqual([
          { direction: "OUTGOING", node: { id: agreement }, relationship: { type: "PARTY_TO", sourceId: "company:foton", targetId: agreement } },
        ]);
        expect(connection.viaB).toEqual([
          { direction: "OUTGOING", node: { id: agreement }, relationship: { type: "PARTY_TO", sourceId: "company:catl", targetId: agreement } },
        ]);
      }
    });

    it("takes both nodes by name", async () => {
      const { data, errors } = await app.query(`{
        byName: commonConnections(a: "Foton", b: "Contemporary Amperex Technology Co. Ltd.") { node { id } viaA { direction } viaB { direction } }
        byId: commonConnections(a: "company:foton", b: "company:catl") { node { id } viaA { direction } viaB { direction } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.byName).toHaveLength(2);
      expect(data.byName).toEqual(data.byId);
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
