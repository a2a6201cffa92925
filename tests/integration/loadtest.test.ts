import { execFileSync } from "node:child_process";
import { PROJECT_ROOT } from "../../src/config";
import { formatLoadtest, runLoadtest } from "../../src/bench/run-loadtest";
import { parseLoadtestArgs } from "../../src/cli/loadtest";
import { openTestGraph, type TestGraph } from "./support/test-neo4j";

describe("npm run loadtest (a short smoke run; the figures come from the real run)", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT });
    graph = await openTestGraph();
    await graph.reset();
  }, 120_000);
  afterAll(() => graph.close());

  it("drives the query mix and ingests with no errors, reports RSS, and leaves the graph as it was", async () => {
    const before = await graph.counts();
    const report = await runLoadtest(graph.config, graph.gateway, { durationSeconds: 2, connections: [2], ingestEvery: 5 }, () => {});
    const [level] = report.levels;
    expect(level.requests).toBeGreaterThan(10);
    expect(level.ingests).toBeGreaterThan(0);
    expect(level.errors).toBe(0);
    expect(report.rssStartMb).toBeGreaterThan(0);
    expect(level.rssEndMb).toBeGreaterThan(0);
    expect(formatLoadtest(report)).toContain("RSS growth from a level's middle to its end");
    expect(await graph.counts()).toEqual(before);
  }, 120_000);

  it("reads its options and names a bad one", () => {
    expect(parseLoadtestArgs(["--duration", "30", "--connections", "16,64", "--ingest-every", "10"])).toEqual({ durationSeconds: 30, connections: [16, 64], ingestEvery: 10 });
    expect(() => parseLoadtestArgs(["--duration", "soon"])).toThrow("--duration must be a whole number");
  });
});
