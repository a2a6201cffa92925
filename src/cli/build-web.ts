import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { PROJECT_ROOT } from "../config";
import { manifestOf } from "../server/trusted-documents";

const USAGE = `Usage: node dist/cli/build-web.js [--force]

Bundles the pages the server serves (the GraphiQL IDE and the graph explorer) from npm packages into
dist/web, with Monaco's web workers and fonts beside them, so that nothing is loaded from a CDN.
It also writes dist/web/trusted-documents.json, the pages' operations as a persisted query manifest
(for TRUSTED_DOCUMENTS). npm run build runs it; it does nothing when src/web and package-lock.json
are unchanged since the last bundle (--force bundles anyway).`;

const SOURCE_DIR = path.join(PROJECT_ROOT, "src", "web");
export const WEB_DIST_DIR = path.join(PROJECT_ROOT, "dist", "web");
const STAMP = path.join(WEB_DIST_DIR, ".inputs-hash");
/** The manifest of every operation the IDE and the explorer send (see docs/security.md, "Trusted documents"). */
export const PAGES_MANIFEST = path.join(WEB_DIST_DIR, "trusted-documents.json");

const WORKERS: Record<string, string> = {
  editor: "monaco-editor/esm/vs/editor/editor.worker.js",
  json: "monaco-editor/esm/vs/language/json/json.worker.js",
  graphql: "monaco-graphql/esm/graphql.worker.js",
};

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A hash of everything the bundle is made from: the page sources and the locked dependency versions. */
function inputsHash(): string {
  const hash = createHash("sha256");
  // This script itself counts too: a change to how the bundle is made must remake it.
  // The explorer draws labels in the colours the model declares, so the model is an input too.
  const sources = [...filesUnder(SOURCE_DIR), ...filesUnder(path.join(PROJECT_ROOT, "src", "model"))].sort();
  const builders = [__filename, path.join(PROJECT_ROOT, "src", "server", "trusted-documents.ts")].filter((file) => fs.existsSync(file));
  for (const file of [...sources, path.join(PROJECT_ROOT, "package-lock.json"), ...builders]) {
    hash.update(path.relative(PROJECT_ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

/**
 * The operations the pages send (src/web/trusted-operations.ts), read by bundling that module for
 * Node and loading it: the page sources are not part of the server's compiled code.
 */
async function pageOperations(dir: string): Promise<string[]> {
  // A new name each time: Node keeps a loaded module under its file's name.
  const file = path.join(dir, `page-operations-${Date.now()}.js`);
  await build({
    entryPoints: [path.join(SOURCE_DIR, "trusted-operations.ts")],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "cjs",
    external: ["graphql"],
  });
  try {
    return ((await import(file)) as { PAGE_OPERATIONS: string[] }).PAGE_OPERATIONS;
  } finally {
    fs.rmSync(file);
  }
}

/**
 * Bundles the IDE and the explorer into dist/web, unless the bundle is already up to date. The server
 * serves dist/web as it is; every script, stylesheet, font and worker the pages use is in there.
 */
export async function buildWeb(force = false, log: (line: string) => void = () => {}): Promise<boolean> {
  const hash = inputsHash();
  if (!force && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) return false;
  log("Bundling the IDE and the explorer into dist/web ...");
  // Built beside dist/web and swapped in at the end, so a running server never sees half a bundle.
  const staging = `${WEB_DIST_DIR}.next`;
  const assets = path.join(staging, "assets");
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(assets, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    legalComments: "linked" as const,
    logLevel: "warning" as const,
    define: { "process.env.NODE_ENV": '"production"' },
  };
  await build({
    ...common,
    entryPoints: { ide: path.join(SOURCE_DIR, "ide", "ide.tsx"), explorer: path.join(SOURCE_DIR, "explorer", "explorer.ts") },
    outdir: assets,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
    assetNames: "[name]-[hash]",
  });
  await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([name, module]) => [`${name}.worker`, require.resolve(module)])),
    outdir: assets,
    format: "iife",
    target: "es2022",
  });
  fs.copyFileSync(path.join(SOURCE_DIR, "ide", "ide.html"), path.join(staging, "ide.html"));
  fs.copyFileSync(path.join(SOURCE_DIR, "explorer", "explorer.html"), path.join(staging, "explorer.html"));
  fs.writeFileSync(path.join(staging, path.basename(PAGES_MANIFEST)), `${JSON.stringify(manifestOf(await pageOperations(staging)), null, 2)}\n`);
  fs.writeFileSync(path.join(staging, path.basename(STAMP)), hash);
  const previous = `${WEB_DIST_DIR}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(WEB_DIST_DIR)) fs.renameSync(WEB_DIST_DIR, previous);
  fs.renameSync(staging, WEB_DIST_DIR);
  fs.rmSync(previous, { recursive: true, force: true });
  return true;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    process.exit(0);
  }
  buildWeb(args.includes("--force"), (line) => console.log(line)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Bundling the web pages failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
