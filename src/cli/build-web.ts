import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { PROJECT_ROOT } from "../config";

const USAGE = `Usage: node dist/cli/build-web.js [--force]

Bundles the pages the server serves (the GraphiQL IDE and the graph explorer) from npm packages into
dist/web, with Monaco's web workers and fonts beside them, so that nothing is loaded from a CDN.
npm run build runs it; it does nothing when src/web and package-lock.json are unchanged since the
last bundle (--force bundles anyway).`;

const SOURCE_DIR = path.join(PROJECT_ROOT, "src", "web");
export const WEB_DIST_DIR = path.join(PROJECT_ROOT, "dist", "web");
const STAMP = path.join(WEB_DIST_DIR, ".inputs-hash");

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
  for (const file of [...sources, path.join(PROJECT_ROOT, "package-lock.json"), __filename]) {
    hash.update(path.relative(PROJECT_ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
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
