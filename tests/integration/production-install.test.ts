import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { compileServer, startBuiltServer, type BuiltServer } from "./support/built-server";

/** What a deployment holds besides node_modules: the build and what the server reads from its root. */
const DEPLOYED = ["dist", "package.json", "package-lock.json", "cypher", "seeds"];

interface LockFile {
  packages: Record<string, { dev?: boolean }>;
}

/**
 * Copies the build and the files the running server reads into a new temporary folder outside the
 * checkout (so the checkout's node_modules is out of reach) and installs the dependencies there as
 * production does, without devDependencies, and returns what npm printed on stderr. Install scripts
 * are left to package.json's allowScripts, as a user's `npm ci` leaves them.
 */
function installForProduction(root: string): string {
  for (const name of DEPLOYED) {
    fs.cpSync(path.join(PROJECT_ROOT, name), path.join(root, name), { recursive: true, filter: (source) => !source.endsWith(".tsbuildinfo") });
  }
  const install = spawnSync("npm", ["ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: root, encoding: "utf8", timeout: 900_000 });
  if (install.status !== 0) throw new Error(`npm ci failed:\n${install.stderr}`);
  return install.stderr;
}

describe("the server installed for production (npm ci --omit=dev) from a copy of the build", () => {
  let root: string | null = null;
  let server: BuiltServer | null = null;
  let installWarnings = "";

  beforeAll(async () => {
    compileServer();
    // Made before the install, so that afterAll removes it even when the install fails.
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-production-"));
    installWarnings = installForProduction(root);
    server = await startBuiltServer(root, { NODE_ENV: "production" });
  }, 1_000_000);

  afterAll(async () => {
    await server?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it("installs without a warning: no install script is left unreviewed", () => {
    expect(installWarnings.split("\n").filter((line) => /\bwarn\b/i.test(line))).toEqual([]);
  });

  it("has none of the devDependencies installed", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(root!, "package-lock.json"), "utf8")) as LockFile;
    const devOnly = Object.keys(lock.packages).filter((key) => key.startsWith("node_modules/") && lock.packages[key].dev);
    expect(devOnly.length).toBeGreaterThan(0);
    expect(devOnly.filter((key) => fs.existsSync(path.join(root!, key)))).toEqual([]);
  });

  it("answers GET /ready with 200 once the seed graph is loaded", async () => {
    const response = await fetch(`${server!.baseUrl}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", neo4j: "up", seedLoaded: true });
  });

  it("answers a GraphQL query from the graph", async () => {
    const response = await fetch(`${server!.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ company(id: "company:foton") { id name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { company: { id: "company:foton", name: expect.stringContaining("Foton") } } });
  });

  it("exits 0 on SIGTERM", async () => {
    expect(await server!.stop()).toBe(0);
    expect(server!.output()).toContain("SIGTERM received: shutting down");
  });
});
