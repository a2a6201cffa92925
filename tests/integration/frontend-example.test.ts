import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import ts from "typescript";
import { PROJECT_ROOT } from "../../src/config";
import { tsBlockUnder } from "./support/doc-files";
import { useSeededApp } from "./support/test-app";

const DOC = "docs/frontend.md";
const HEADING = "Using it from a front-end app";

/**
 * The example as if it were a file of a front-end app sitting in schema/, beside possible-types.json,
 * so that its relative import finds the file npm run schema writes. Nothing is written to disk.
 */
const EXAMPLE_FILE = path.join(PROJECT_ROOT, "schema", "frontend-example.ts");

/** Type errors of the example, compiled as a bundler-built app would compile it. */
function typeErrors(source: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (path.resolve(file) === EXAMPLE_FILE ? source : readFile(file));
  host.fileExists = (file) => path.resolve(file) === EXAMPLE_FILE || fileExists(file);
  const program = ts.createProgram([EXAMPLE_FILE], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

/**
 * Runs the example as a CommonJS module of schema/: its imports resolve from there (the possible-types
 * file beside it, the packages of node_modules), as they would in an app.
 */
function load(source: string): Record<string, unknown> {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const module = { exports: {} as Record<string, unknown> };
  const run = vm.runInThisContext(`(function (require, module, exports) {\n${outputText}\n})`, { filename: EXAMPLE_FILE }) as (...args: unknown[]) => void;
  run(createRequire(EXAMPLE_FILE), module, module.exports);
  return module.exports;
}

describe("the front-end guide's example (docs/frontend.md)", () => {
  const seeded = useSeededApp();
  const source = tsBlockUnder(DOC, HEADING);

  it("type-checks against Apollo Client and the possible-types file", () => {
    expect(typeErrors(source)).toEqual([]);
  });

  it("merges two pages fetched with fetchMore into the list the server gives page by page", async () => {
    const app = seeded.app();
    const firstTwoPages = load(source).firstTwoPages as (uri: string, first?: number) => Promise<{ id: string; name: string }[]>;
    const merged = await firstTwoPages(`${app.url}/graphql`, 2);

    const page = `query($after: String) { companies(first: 2, after: $after, orderBy: NAME_ASC) { edges { node { id name } } pageInfo { endCursor } } }`;
    const one = (await app.query(page)).data.companies;
    const two = (await app.query(page, { after: one.pageInfo.endCursor })).data.companies;
    const pages = [...one.edges, ...two.edges].map((edge: any) => ({ id: edge.node.id, name: edge.node.name }));
    expect(pages).toHaveLength(4);
    expect(merged.map((node) => ({ id: node.id, name: node.name }))).toEqual(pages);
  });
});
