import { formatLoadtest, runLoadtest } from "../../src/tools/bench/run-loadtest";
import { parseLoadtestArgs } from "../../src/tools/cli/loadtest";
import { useBuiltServerGraph } from "./support/built-server";

describe("npm run loadtest (a short smoke run; the figures come from the real run)", () => {
  const testGraph = useBuiltServerGraph();

  it("drives the query mix and ingests with no errors, reports RSS, and leaves the graph as it was", async () => {
    const before = await testGraph().counts();
    const report = await runLoadtest(
      testGraph().config,
      testGraph().gateway,
      { durationSeconds: 3, connections: [2], ingestEvery: 2, warmupSeconds: 1 },
      () => {},
    );
    const [level] = report.levels;
    expect(level.requests).toBeGreaterThanOrEqual(2);
    expect(level.ingests).toBeGreaterThan(0);
    expect(level.errors).toBe(0);
    expect(report.rssStartMb).toBeGreaterThan(0);
    expect(level.rssEndMb).toBeGreaterThan(0);
    expect(formatLoadtest(report)).toContain("RSS growth from a level's middle to its end");
    // The server's own log names each operation it served, ingests included.
    expect(report.operations.map((op) => op.operationName)).toEqual(expect.arrayContaining(["Ingest", "Lookup", "ShortestPath"]));
    expect(report.operations.reduce((sum, op) => sum + op.count, 0)).toBeGreaterThanOrEqual(level.requests);
    expect(await testGraph().counts()).toEqual(before);
  }, 120_000);

  it("reads its options and names a bad one", () => {
    expect(parseLoadtestArgs(["--duration", "30", "--connections", "16,64", "--ingest-every", "10", "--warmup", "0"])).toEqual({
      durationSeconds: 30,
      connections: [16, 64],
      ingestEvery: 10,
      warmupSeconds: 0,
    });
    expect(parseLoadtestArgs([]).warmupSeconds).toBe(15);
    expect(() => parseLoadtestArgs(["--duration", "soon"])).toThrow("--duration must be a whole number");
  });
});
