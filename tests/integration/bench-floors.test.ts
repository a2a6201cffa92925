import { nameKey } from "../../src/model/name-key";
import { formatProfile, profileMix } from "../../src/tools/bench/profile-mix";
import { queryMix } from "../../src/tools/bench/query-mix";
import { chooseTargets } from "../../src/tools/bench/run-bench";
import { useSeededApp } from "./support/test-app";

type Row = Record<string, any>;

/**
 * Each floor's rows in the shape of our answer's data, by query number: the floor must give the same
 * answer, with nothing more. A shortest path is compared by its length and ends, since any shortest
 * path is the answer.
 */
const AS_OURS: Record<string, { floor: (rows: Row[]) => unknown; ours: (data: Row) => unknown }> = {
  "1": { floor: (rows) => rows[0], ours: (data) => data.company },
  "2": { floor: (rows) => rows[0], ours: (data) => data.company },
  "3": { floor: (rows) => rows.map((row) => row.node), ours: (data) => data.agreements.edges.map((edge: Row) => edge.node) },
  "4": { floor: (rows) => rows.map((row) => ({ score: row.score, node: { id: row.id, name: row.name } })), ours: (data) => data.search },
  "5": { floor: (rows) => rows[0], ours: (data) => data.neighborhood },
  "6": {
    floor: (rows) => ({ length: rows[0].length, ends: [rows[0].nodes[0], rows[0].nodes.at(-1)] }),
    ours: (data) => ({ length: data.shortestPath.length, ends: [data.shortestPath.nodes[0].id, data.shortestPath.nodes.at(-1).id] }),
  },
  "7": { floor: (rows) => rows.map((row) => ({ key: row.key, name: row.name, count: row.agreements })), ours: (data) => data.agreementCounts },
};

describe("the bench's floors, on the seed graph", () => {
  const seeded = useSeededApp();

  it("answer every query of the mix as our API does", async () => {
    const { targets } = await chooseTargets(seeded.graph().gateway);
    // The as-of variants ("5a", "6b") share the unfiltered floor of their base query, so only the base answers are compared.
    const mix = queryMix(targets, nameKey(targets.companyName)).filter((query) => !/^\d+[a-z] /.test(query.name));
    expect(mix.map((query) => query.name[0])).toEqual(Object.keys(AS_OURS));
    for (const query of mix) {
      const { data, errors } = await seeded.app().query(query.ours.query, query.ours.variables);
      expect(errors).toBeUndefined();
      const rows = await seeded.graph().gateway.read(query.floor.cypher, query.floor.params);
      const { floor, ours } = AS_OURS[query.name[0]];
      expect({ query: query.name, answer: floor(rows) }).toEqual({ query: query.name, answer: ours(data) });
    }
  });

  it("are PROFILEd with the statements our server sends for the same query", async () => {
    const report = await profileMix(seeded.graph().config, seeded.graph().gateway, ["3", "7"], () => {});
    expect(report.queries.map((query) => query.query)).toEqual(["3 company > agreements(50, kind) > parties, markets", "7 agreements by market"]);
    const [agreements, markets] = report.queries;
    expect(agreements.floor.statement).toBe("bench/floor-company-agreements");
    expect(agreements.ours.length).toBeGreaterThan(0);
    expect(markets.ours).toEqual([expect.objectContaining({ statement: "count-agreements-by-market", rows: markets.floor.rows })]);
    for (const statement of [agreements.floor, ...agreements.ours, markets.floor, ...markets.ours]) expect(statement.dbHits).toBeGreaterThan(0);
    expect(formatProfile(report)).toContain("bench/floor-agreements-by-market");
  });
});
