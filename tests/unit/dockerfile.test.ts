import fs from "node:fs";
import path from "node:path";
import { validate } from "dockerfile-utils";
import { PROJECT_ROOT } from "../../src/config";
import { DOCKERFILE, readRuntimeStage } from "../integration/support/dockerfile";

const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("the Dockerfile", () => {
  it("passes the Dockerfile linter with no problem", () => {
    expect(validate(fs.readFileSync(DOCKERFILE, "utf8")).map((problem) => `line ${problem.range.start.line + 1}: ${JSON.stringify(problem.message)}`)).toEqual(
      [],
    );
  });

  it("builds in one stage and runs from another, with production dependencies only", () => {
    const stage = readRuntimeStage();
    expect(stage.stages).toBe(2);
    expect(stage.install).toEqual(expect.arrayContaining(["ci", "--omit=dev"]));
    expect(stage.built).toEqual(["dist"]);
  });

  it("runs as a user other than root", () => {
    expect(stage().user).toMatch(/^(?!root$|0$)\S+/);
  });

  it("checks health on /ready", () => {
    expect(stage().healthcheck).toContain("/ready");
  });

  it("starts the server with the heap flags npm start uses", () => {
    const flags = manifest.scripts.start.match(/--max-[\w-]+-size=\d+/g) ?? [];
    expect(flags.length).toBeGreaterThan(0);
    expect(stage().command).toEqual(["node", ...flags, "dist/main.js"]);
  });

  it("finds the problems of a Dockerfile that is wrong", () => {
    expect(validate("FROM node:20\nEXPOSE port\nCMD\n").length).toBeGreaterThan(0);
    const single = readRuntimeStage('FROM node:20\nCOPY . .\nRUN npm ci\nCMD ["node", "main.js"]\n');
    expect(single).toMatchObject({ stages: 1, user: null, healthcheck: null, install: ["ci"], copied: ["."] });
  });
});

function stage() {
  return readRuntimeStage();
}

describe("docker-compose.yml", () => {
  it("builds the API from the Dockerfile, beside Neo4j", () => {
    const compose = fs.readFileSync(path.join(PROJECT_ROOT, "docker-compose.yml"), "utf8");
    const api = compose.slice(compose.indexOf("\n  api:\n"));
    expect(api).toMatch(/^\s+build: \.$/m);
    expect(api).not.toMatch(/^\s+image:/m);
    expect(api).toMatch(/NEO4J_URI: neo4j:\/\/neo4j:7687/);
  });
});
