import { execFileSync } from "node:child_process";
import fs from "node:fs";

function canRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface DebianProgram {
  /** What the program is for, in the messages: "The browser tests need Chromium". */
  neededBy: string;
  /** Debian's package, e.g. chromium or redis-server. */
  packageName: string;
  /** Where the package puts the binary. */
  defaultPath: string;
  /** The variable that points at another binary instead (CHROMIUM_PATH, REDIS_SERVER_PATH). */
  pathVariable: string;
}

/**
 * Makes sure a program the tests run is installed: Debian's package, installed with apt-get when it
 * is missing (as root, or through passwordless sudo). When installing is impossible this throws,
 * saying what to do, so the tests that need it fail clearly instead of being skipped.
 */
export function ensureDebianProgram({ neededBy, packageName, defaultPath, pathVariable }: DebianProgram, log: (line: string) => void = () => {}): string {
  const binary = process.env[pathVariable] || defaultPath;
  if (fs.existsSync(binary)) return binary;
  if (process.env[pathVariable]) {
    throw new Error(`${pathVariable} is ${binary}, but there is no file there. Point it at the binary, or unset it to use Debian's ${defaultPath}.`);
  }
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && canRun("sudo", ["-n", "true"]) ? ["sudo", "-n"] : null;
  const yourself = `Install it yourself (sudo apt-get install ${packageName}) or set ${pathVariable} to the binary, then run the tests again.`;
  if (!canRun("apt-get", ["--version"]) || (!asRoot && !sudo)) {
    throw new Error(
      `${neededBy} at ${defaultPath} and it is not installed. Installing it needs apt-get (Debian or Ubuntu) and root or passwordless sudo, which this machine does not offer. ${yourself}`,
    );
  }
  const run = (args: string[]) => {
    const [command, ...rest] = sudo ? [...sudo, ...args] : args;
    execFileSync(command, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  };
  log(`Installing Debian's ${packageName} for the tests (once) ...`);
  try {
    run(["apt-get", "update", "-q"]);
    run(["apt-get", "install", "-y", "-q", "--no-install-recommends", packageName]);
  } catch (error) {
    throw new Error(`Installing ${packageName} with apt-get failed (${(error as Error).message}). ${yourself}`);
  }
  if (!fs.existsSync(binary)) throw new Error(`apt-get installed ${packageName}, but ${binary} is still missing. Set ${pathVariable} to the binary.`);
  return binary;
}
