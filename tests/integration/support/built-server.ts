import { execFileSync } from "node:child_process";
import { PROJECT_ROOT } from "../../../src/config";
import { openTestGraph, type TestGraph } from "./test-neo4j";

/**
 * Registers the hooks of a suite that runs the built server (`dist/main.js`) as a process of its own,
 * as the bench and the load test do: it compiles the project once, and opens the test graph with the
 * seed graph loaded. Returns a getter for the graph.
 */
export function useBuiltServerGraph(): () => TestGraph {
  let graph: TestGraph;
  beforeAll(async () => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT });
    graph = await openTestGraph();
    await graph.reset();
  }, 120_000);
  afterAll(() => graph.close());
  return () => graph;
}
