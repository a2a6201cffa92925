import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { useBuiltServerGraph } from "./support/built-server";
import { expandJsonld, readGraphml } from "./support/export-readers";
import { testConfig } from "./support/test-neo4j";

/** Runs the built CLI, `node dist/cli/export.js`, against the test Neo4j through NEO4J_URI (so it starts none). */
function runExport(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const config = testConfig();
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "test",
    NEO4J_URI: `bolt://127.0.0.1:${config.managed.boltPort}`,
    NEO4J_PASSWORD: config.neo4j.password,
  };
  const result = spawnSync(process.execPath, [path.join("dist", "cli", "export.js"), ...args], { cwd: PROJECT_ROOT, env, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run export", () => {
  const graph = useBuiltServerGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-cli-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the neighbourhood of an entity as JSON-LD to --out", async () => {
    const out = path.join(dir, "foton.jsonld");
    const run = runExport(["--format", "jsonld", "--entity", "company:foton", "--depth", "1", "--out", out]);
    expect(run.stderr).toContain(`Wrote ${out}`);
    expect(run.status).toBe(0);
    const expanded = await expandJsonld(fs.readFileSync(out, "utf8"));
    expect(expanded.map((item) => item["@id"])).toContain("urn:knowledge-graph:company:foton");
  });

  it("writes the whole graph as GraphML to standard output", async () => {
    const run = runExport(["--format", "graphml"]);
    expect(run.status).toBe(0);
    expect(readGraphml(run.stdout).order).toBe((await graph().counts()).nodes);
  });

  it("prints the coded error and exits with 1 for an unknown format, a depth over the limit or an unknown entity", () => {
    const format = runExport(["--format", "xml"]);
    expect(format.status).toBe(1);
    expect(format.stderr.trim()).toBe("format must be one of graphml, csv, jsonld (BAD_USER_INPUT)");
    const depth = runExport(["--format", "graphml", "--entity", "company:foton", "--depth", "9"]);
    expect(depth.status).toBe(1);
    expect(depth.stderr).toMatch(/^export depth 9 exceeds the limit of 3: .* \(QUERY_LIMIT_EXCEEDED\)$/m);
    const entity = runExport(["--format", "graphml", "--entity", "company:nowhere"]);
    expect(entity.status).toBe(1);
    expect(entity.stderr).toContain('"company:nowhere" was not found');
    expect(entity.stderr).toContain("(NOT_FOUND)");
  });

  it("refuses an option it does not know, and a CSV export without --out", () => {
    const unknown = runExport(["--format", "graphml", "--deep", "2"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/The arguments are not valid: .*--deep/);
    const csv = runExport(["--format", "csv"]);
    expect(csv.status).toBe(1);
    expect(csv.stderr).toContain("A CSV export needs --out DIR");
  });
});
