import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { compileServer, startBuiltServer, type BuiltServer } from "./support/built-server";
import { readRuntimeStage } from "./support/dockerfile";

/** The image's runtime stage: what it copies, how it installs, what it runs (see Dockerfile). */
const RUNTIME = readRuntimeStage();

interface LockFile {
  packages: Record<string, { dev?: boolean }>;
}

/**
 * Does what the Dockerfile's runtime stage does, without Docker: copies the build and the files its
 * COPY lines name into a new temporary folder outside the checkout (so the checkout's node_modules is
 * out of reach), installs the dependencies there with the same `npm ci` (no devDependencies), and
 * returns what npm printed on stderr. Install scripts are left to package.json's allowScripts.
 */
function installForProduction(root: string): string {
  for (const name of [...RUNTIME.built, ...RUNTIME.copied]) {
    fs.cpSync(path.join(PROJECT_ROOT, name), path.join(root, name), { recursive: true, filter: (source) => !source.endsWith(".tsbuildinfo") });
  }
  const install = spawnSync("npm", [...RUNTIME.install, "--prefer-offline"], { cwd: root, encoding: "utf8", timeout: 900_000 });
  if (install.status !== 0) throw new Error(`npm ci failed:\n${install.stderr}`);
  return install.stderr;
}

describe("the Dockerfile's runtime stage, replayed without Docker: production install and start from a copy of the build", () => {
  let root: string | null = null;
  let server: BuiltServer | null = null;
  let installWarnings = "";

  beforeAll(async () => {
    compileServer();
    // Made before the install, so that afterAll removes it even when the install fails.
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-production-"));
    installWarnings = installForProduction(root);
    server = await startBuiltServer(root, { NODE_ENV: "production" }, RUNTIME.command.slice(1));
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

  it("serves the exports' JSON-LD context, which the runtime stage copies in", async () => {
    const response = await fetch(`${server!.baseUrl}/export/context.jsonld`);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("@context");
  });

  it("passes the image's HEALTHCHECK command, run as Docker runs it", async () => {
    const [command, ...args] = JSON.parse(RUNTIME.healthcheck!.replace(/^.*?\bCMD\s+/, "")) as string[];
    expect(command).toBe("node");
    const port = new URL(server!.baseUrl).port;
    const check = spawnSync(process.execPath, args, { cwd: root!, env: { ...process.env, PORT: port }, encoding: "utf8", timeout: 30_000 });
    expect(check.status).toBe(0);
    const refused = spawnSync(process.execPath, args, { cwd: root!, env: { ...process.env, PORT: "1" }, encoding: "utf8", timeout: 30_000 });
    expect(refused.status).toBe(1);
  });

  it("exits 0 on SIGTERM", async () => {
    expect(await server!.stop()).toBe(0);
    expect(server!.output()).toContain("SIGTERM received: shutting down");
  });
});
