import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../src/config";

/** What the Dockerfile's last stage (the image that runs) is made of, read from its instructions. */
export interface RuntimeStage {
  /** The stage's base image. */
  from: string;
  /** Paths copied from the build context (checked-in files), as the COPY lines name them. */
  copied: string[];
  /** Paths copied from the build stage (built files). */
  built: string[];
  /** The arguments of its `npm ci` (after `npm`). */
  install: string[];
  /** The user it runs as, or null when it never switches from root. */
  user: string | null;
  /** The HEALTHCHECK's command, as written. */
  healthcheck: string | null;
  /** The CMD, in exec form. */
  command: string[];
  stages: number;
}

export const DOCKERFILE = path.join(PROJECT_ROOT, "Dockerfile");

/** The Dockerfile's instructions, one per entry, with continuation lines joined and comments dropped. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

/**
 * Reads the runtime stage of the project's Dockerfile, so that a test can do without Docker what
 * building and running the image does: copy the same files, install with the same npm ci, and start
 * the same command. There is no Docker engine where the tests run.
 */
export function readRuntimeStage(text = fs.readFileSync(DOCKERFILE, "utf8")): RuntimeStage {
  const all = instructions(text);
  const starts = all.map((line, index) => (/^FROM\s/i.test(line) ? index : -1)).filter((index) => index >= 0);
  const stage = all.slice(starts.at(-1));
  const stageOf = (keyword: string) =>
    stage.filter((line) => line.toUpperCase().startsWith(`${keyword} `)).map((line) => line.slice(keyword.length + 1).trim());
  const copies = stageOf("COPY").map((args) => args.split(/\s+/));
  const npmCi = stageOf("RUN")
    .flatMap((run) => run.split("&&").map((part) => part.trim()))
    .find((part) => part.startsWith("npm ci"));
  const cmd = stageOf("CMD")[0];
  return {
    from: stageOf("FROM")[0].split(/\s+/)[0],
    copied: copies.filter((args) => !args[0].startsWith("--from")).flatMap((args) => args.slice(0, -1)),
    built: copies.filter((args) => args[0].startsWith("--from")).map((args) => path.basename(args[args.length - 1])),
    install: npmCi ? npmCi.split(/\s+/).slice(1) : [],
    user: stageOf("USER")[0] ?? null,
    healthcheck: stageOf("HEALTHCHECK")[0] ?? null,
    command: cmd ? (JSON.parse(cmd) as string[]) : [],
    stages: starts.length,
  };
}
