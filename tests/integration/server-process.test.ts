import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { testConfig } from "./support/test-neo4j";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the built server (`node dist/main.js`) as `npm start` does, against the test Neo4j. */
function runServer(env: Record<string, string>): Run {
  const config = testConfig();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "dist", "main.js")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      NEO4J_URI: `bolt://127.0.0.1:${config.managed.boltPort}`,
      NEO4J_PASSWORD: config.neo4j.password,
      ...env,
    },
  });
  let text = "";
  child.stdout.on("data", (chunk) => (text += chunk));
  child.stderr.on("data", (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the server process", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT });
  }, 120_000);

  it("serves once the seed graph is loaded and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const run = runServer({ PORT: String(port) });
    try {
      await waitFor(() => run.output().includes("GraphQL server ready"), 60_000);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(200);
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain("SIGTERM received: shutting down");
    } finally {
      run.child.kill("SIGKILL");
    }
  });

  it("finishes a request in flight when SIGTERM arrives, then exits 0", async () => {
    const port = await freePort();
    const run = runServer({ PORT: String(port), LOAD_SEEDS: "false" });
    try {
      await waitFor(() => run.output().includes("GraphQL server ready"), 60_000);
      const sentences = Array.from({ length: 150 }, (_, i) => `Drain ${i} Motors AB signed a supply agreement with Calder ${i} Cells Ltd. in Madrid.`);
      const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer knowledge-graph-dev-key" },
        body: JSON.stringify({
          query: "mutation($text: String!) { previewExtraction(text: $text) { sentences facts { type } } }",
          variables: { text: sentences.join("\n") },
        }),
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      run.child.kill("SIGTERM");
      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { previewExtraction: { sentences: number } } };
      expect(body.data.previewExtraction.sentences).toBe(150);
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain("SIGTERM received: shutting down");
    } finally {
      run.child.kill("SIGKILL");
    }
  });

  it("fails with one line naming PORT when the port is taken, and exits 1", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const run = runServer({ PORT: String(port), LOAD_SEEDS: "false" });
    try {
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Configuration error: PORT ${port} is already in use on 127.0.0.1; stop what uses it or set PORT to a free port`);
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
      run.child.kill("SIGKILL");
    }
  });

  it("fails with one line naming the variable when the configuration is bad", async () => {
    const run = runServer({ PORT: "not-a-port" });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe('Configuration error: PORT must be a whole number from 0 to 65535, got "not-a-port"');
  });
});
