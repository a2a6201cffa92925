import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../../src/config";
import { openTestGraph, testConfig, type TestGraph } from "./test-neo4j";

/** Compiles the server into `dist/` (tsc only; the web bundle is `npm run build`'s). */
export function compileServer(): void {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT });
}

/**
 * Registers the hooks of a suite that runs the built server (`dist/main.js`) as a process of its own,
 * as the bench and the load test do: it compiles the project once, and opens the test graph with the
 * seed graph loaded. Returns a getter for the graph.
 */
export function useBuiltServerGraph(): () => TestGraph {
  let graph: TestGraph;
  beforeAll(async () => {
    compileServer();
    graph = await openTestGraph();
    await graph.reset();
  }, 120_000);
  afterAll(() => graph.close());
  return () => graph;
}

export interface BuiltServer {
  /** Where it serves, such as http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code; a server still running after 30 s is killed (null). */
  stop(): Promise<number | null>;
}

/**
 * Starts `node dist/main.js` (or node with `args`, relative to `root`) from `root` (the checkout, or a copy of what a deployment holds) against
 * the test Neo4j through NEO4J_URI, so it starts no Neo4j of its own, on a port the system picks.
 * NODE_PATH is dropped, so packages come from the node_modules above `root` only. Resolves once it
 * says it is ready; rejects with its output if it exits or stays silent first.
 */
export async function startBuiltServer(
  root: string,
  env: Record<string, string> = {},
  args: string[] = [path.join("dist", "main.js")],
  timeoutMs = 60_000,
): Promise<BuiltServer> {
  const config = testConfig();
  const inherited = { ...process.env };
  delete inherited.NODE_PATH;
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...inherited, NODE_ENV: "test", PORT: "0", NEO4J_URI: `bolt://127.0.0.1:${config.managed.boltPort}`, NEO4J_PASSWORD: config.neo4j.password, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout.on("data", (chunk) => (text += chunk));
  child.stderr.on("data", (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  let ready: RegExpMatchArray | null = null;
  while (!(ready = /GraphQL server ready at http:\/\/[^\s:]+:(\d+)\/graphql/.exec(text))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The built server in ${root} did not start:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${ready[1]}`,
    output: () => text,
    stop: () => {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      return exited.finally(() => clearTimeout(killer));
    },
  };
}
