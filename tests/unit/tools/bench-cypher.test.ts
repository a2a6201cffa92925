import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../src/config";
import { CYPHER_DIR, cypher } from "../../../src/db/cypher-library";

const BENCH_CYPHER_DIR = path.join(CYPHER_DIR, "bench");

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function benchNamesIn(files: string[]): string[] {
  return files.flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/"(bench\/[a-z0-9-]+)"/g)].map((match) => match[1]));
}

describe("the tools' Cypher in cypher/bench/", () => {
  it("is read by cypher() under its sub-folder name", () => {
    const names = fs.readdirSync(BENCH_CYPHER_DIR).filter((name) => name.endsWith(".cypher"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(cypher(`bench/${name.replace(/\.cypher$/, "")}`)).toBe(fs.readFileSync(path.join(BENCH_CYPHER_DIR, name), "utf8").trim());
    }
  });

  it("holds every bench/ query the tools name", () => {
    const used = benchNamesIn(sourcesUnder(path.join(PROJECT_ROOT, "src", "tools")));
    expect(used).toEqual(expect.arrayContaining(["bench/floor-company-agreements", "bench/create-synthetic-nodes"]));
    for (const name of used) expect(() => cypher(name)).not.toThrow();
  });

  it("is named by no product code outside src/tools/", () => {
    const product = sourcesUnder(path.join(PROJECT_ROOT, "src")).filter((file) => !file.includes(`${path.sep}tools${path.sep}`));
    expect(benchNamesIn(product)).toEqual([]);
  });

  it("is the only kind of sub-folder name cypher() accepts: no parent folders, no deeper paths", () => {
    for (const name of [
      "bench/../ping",
      "../package",
      "bench/sub/floor-company-agreements",
      "/ping",
      "bench/",
      "Bench/floor-company-agreements",
      "bench\\floor-company-agreements",
    ]) {
      expect(() => cypher(name)).toThrow(`No Cypher file named ${name}.cypher`);
    }
  });
});
