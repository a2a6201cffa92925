import { formatOverhead, measureOverhead } from "../../src/tools/bench/overhead";
import { formatReport, runBench, serverNodeFlags } from "../../src/tools/bench/run-bench";
import { parseBenchArgs, parseOverheadArgs } from "../../src/tools/cli/bench";
import { useBuiltServerGraph } from "./support/built-server";

describe("npm run bench, as a smoke run on the seed graph", () => {
  const testGraph = useBuiltServerGraph();

  it("measures ours, the floor and the peer on a query all three can answer, with no errors", async () => {
    const report = await runBench(testGraph().config, testGraph().gateway, { durationSeconds: 1, connections: [1], only: ["1", "7"] }, () => {});
    expect(report.rows.map((row) => row.query)).toEqual(["1 lookup by name", "7 agreements by market"]);
    for (const row of report.rows) {
      for (const measure of [row.ours, row.floor, row.peer!]) {
        expect(measure.rps).toBeGreaterThan(0);
        expect(measure.errors).toBe(0);
      }
      expect(row.oursOverPeerRps).toBeGreaterThan(0);
    }
    expect(report.oursMaxRssMb).toBeGreaterThan(0);
    expect(report.peerMaxRssMb).toBeGreaterThan(0);
    expect(formatReport(report)).toContain("ours/floor p50");
    expect(formatReport(report)).toMatch(/Max RSS: ours \d+ MB, @neo4j\/graphql \d+ MB/);
  });

  it("marks the queries the peer cannot express as n/a", async () => {
    const report = await runBench(testGraph().config, testGraph().gateway, { durationSeconds: 1, connections: [1], only: ["6"] }, () => {});
    expect(report.rows[0].peer).toBeNull();
    expect(report.rows[0].ours.errors).toBe(0);
    expect(formatReport(report)).toMatch(/6 shortest path between two people .* n\/a/);
    expect(report.ingest).toBeNull();
  });

  it("measures ingest of the seed articles, extraction alone and with the write, and leaves the graph as it was", async () => {
    const before = await testGraph().counts();
    const report = await runBench(testGraph().config, testGraph().gateway, { durationSeconds: 1, connections: [1], only: ["ingest"] }, () => {});
    expect(report.rows).toEqual([]);
    expect(report.ingest!.extractionPerSecond).toBeGreaterThan(0);
    expect(report.ingest!.ingestPerSecond).toBeGreaterThan(0);
    expect(formatReport(report)).toContain("articles/s on one core");
    expect(await testGraph().counts()).toEqual(before);
  });

  it("breaks a request down into phases, with the document cached and not, and times the pieces alone", async () => {
    const { gateway, config } = testGraph();
    const sentBefore = gateway.statementsSent;
    const report = await measureOverhead(config, gateway, { requests: 20, only: ["1"] }, () => {});
    const [query] = report.queries;
    expect(query.name).toBe("1 lookup by name");
    expect(query.statements).toBe(1);
    const row = (phase: string) => query.rows.find((candidate) => candidate.phase.includes(phase))!;
    // A cached document is neither parsed nor validated; a new one is both.
    expect(row("of which parse").cached).toBeNull();
    expect(row("of which parse").uncached!.median).toBeGreaterThan(0);
    expect(row("of which validate").uncached!.median).toBeGreaterThan(0);
    for (const phase of ["request in to first statement", "first statement: driver", "total"]) expect(row(phase).cached!.median).toBeGreaterThan(0);
    expect(report.pieces.map((piece) => piece.piece)).toContain("class-validator on EntityArgs (type-graphql's options)");
    expect(formatOverhead(report)).toContain("same document");
    // The gateway is itself again: its requests still count their statements.
    expect(gateway.statementsSent).toBeGreaterThan(sentBefore);
    expect(Object.prototype.hasOwnProperty.call(gateway, "forRequest")).toBe(false);
  });

  it("starts our server with the heap flags npm start gives it", () => {
    expect(serverNodeFlags()).toEqual(["--max-old-space-size=512"]);
  });
});

describe("parseOverheadArgs", () => {
  it("reads the number of requests and the queries, queries 1 and 2 by default", () => {
    expect(parseOverheadArgs([])).toEqual({ requests: 2000, only: ["1", "2"] });
    expect(parseOverheadArgs(["--requests", "50", "--only", "2,5"])).toEqual({ requests: 50, only: ["2", "5"] });
  });

  it("refuses a bad flag, naming it", () => {
    expect(() => parseOverheadArgs(["--requests", "0"])).toThrow("--requests must be a whole number from 1 to 1000000");
    expect(() => parseOverheadArgs(["--duration", "3"])).toThrow("--duration is not an option of npm run bench -- --overhead");
  });
});

describe("parseBenchArgs", () => {
  it("reads the duration, the concurrency levels and the queries", () => {
    expect(parseBenchArgs(["--duration", "3", "--connections", "1,16,64", "--only", "2,5"])).toEqual({
      durationSeconds: 3,
      connections: [1, 16, 64],
      only: ["2", "5"],
    });
  });

  it("reads --profile, which takes no value", () => {
    expect(parseBenchArgs(["--profile", "--only", "4"])).toEqual({ durationSeconds: 5, connections: [1, 16], only: ["4"], profile: true });
  });

  it("refuses a bad flag, naming it", () => {
    expect(() => parseBenchArgs(["--only", "9"])).toThrow('--only must be a list of query numbers from 1 to 7 and/or "ingest"');
  });
});
