import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";
import { PROJECT_ROOT } from "../../src/config";

const ENTRY = path.join(PROJECT_ROOT, "src", "main.ts");

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** A bare specifier some source file imports, with the chain of relative imports from the entry to that file. */
interface PackageImport {
  specifier: string;
  packageName: string;
  chain: string[];
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`, `node:fs/promises` -> `node:fs/promises`. */
function packageNameOf(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtinModules.includes(specifier) || builtinModules.includes(packageNameOf(specifier));
}

function resolveRelative(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidate = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(
    (file) => /\.(ts|tsx|json)$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile(),
  );
  if (!candidate) throw new Error(`${path.relative(PROJECT_ROOT, fromFile)} imports ${specifier}, which resolves to no TypeScript source`);
  return candidate;
}

/**
 * Walks the source files reachable from `entry` through relative imports (import, export-from,
 * require and dynamic import, type-only imports included) and returns every bare package specifier
 * they name, each with the import chain that reaches it, so a failure says which file pulls it in.
 */
function collectPackageImports(entry: string): { files: string[]; imports: PackageImport[] } {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  const imports: PackageImport[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const chain = chains.get(file)!;
    if (file.endsWith(".json")) continue;
    for (const { fileName: specifier } of ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles) {
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file, specifier);
        if (!chains.has(target)) {
          chains.set(target, [...chain, target]);
          queue.push(target);
        }
      } else {
        imports.push({ specifier, packageName: packageNameOf(specifier), chain });
      }
    }
  }
  return { files: [...chains.keys()], imports };
}

function describeChain(found: PackageImport): string {
  return [...found.chain.map((file) => path.relative(PROJECT_ROOT, file)), found.specifier].join("\n    -> ");
}

describe("the server's import graph, from src/main.ts", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as PackageJson;
  const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
  const devDependencies = new Set(Object.keys(manifest.devDependencies ?? {}));
  const { files, imports } = collectPackageImports(ENTRY);

  it("covers the server's sources, not just the entry file", () => {
    const reached = files.map((file) => path.relative(PROJECT_ROOT, file));
    expect(reached).toEqual(expect.arrayContaining(["src/server/create-app.ts", "src/db/cypher-library.ts", "src/graphql/build-schema.ts"]));
    expect(imports.map((found) => found.packageName)).toEqual(expect.arrayContaining(["@apollo/server", "neo4j-driver", "graphql"]));
  });

  it("reaches no devDependency from src/main.ts", () => {
    const offending = imports.filter((found) => devDependencies.has(found.packageName) && !dependencies.has(found.packageName));
    expect(offending.map((found) => `${found.packageName} is a devDependency, imported by\n    ${describeChain(found)}`)).toEqual([]);
  });

  it("imports only dependencies and Node built-ins", () => {
    const undeclared = imports.filter((found) => !isBuiltin(found.specifier) && !dependencies.has(found.packageName));
    expect(undeclared.map((found) => `${found.packageName} is not in dependencies, imported by\n    ${describeChain(found)}`)).toEqual([]);
  });

  it("stays clear of the tools in src/tools/", () => {
    const tools = files.filter((file) => file.startsWith(path.join(PROJECT_ROOT, "src", "tools") + path.sep));
    expect(tools.map((file) => path.relative(PROJECT_ROOT, file))).toEqual([]);
  });
});
