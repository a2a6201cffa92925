import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brokenLinks, docFiles, headingAnchor, readDoc } from "../integration/support/doc-files";

describe("the documentation's links", () => {
  it("all lead to a file that exists, and to a heading it has", () => {
    expect(brokenLinks()).toEqual([]);
  });

  it("keep the README short: at most 300 lines, linking to every page of docs/", () => {
    const readme = readDoc("README.md");
    expect(readme.split("\n").length).toBeLessThanOrEqual(300);
    for (const page of docFiles().filter((file) => file !== "README.md")) expect(readme).toContain(`](${page})`);
  });

  it("makes anchors as GitHub does", () => {
    expect(headingAnchor("Who is Angel Rodriguez Lagunilla? (typed without accents)")).toBe("who-is-angel-rodriguez-lagunilla-typed-without-accents");
    expect(headingAnchor("In the browser: the IDE and the graph explorer")).toBe("in-the-browser-the-ide-and-the-graph-explorer");
    expect(headingAnchor("Who witnessed the Foton–Iveco Group MOU?")).toBe("who-witnessed-the-fotoniveco-group-mou");
  });

  it("finds a link to a missing file and one to a missing heading", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-docs-"));
    try {
      fs.mkdirSync(path.join(root, "docs"));
      fs.writeFileSync(path.join(root, "README.md"), "[a](docs/a.md) [b](docs/b.md) [c](docs/a.md#nowhere) [d](docs/a.md#here) [e](https://example.org/x)\n");
      fs.writeFileSync(path.join(root, "docs", "a.md"), "# A\n\n## Here\n\n[back](../README.md) [up](#a)\n\n```sh\n[not a link](nowhere.md)\n```\n");
      expect(brokenLinks(root)).toEqual(["README.md: docs/b.md (no such file)", "README.md: docs/a.md#nowhere (no such heading)"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
