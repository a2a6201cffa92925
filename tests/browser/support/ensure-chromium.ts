import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function canRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure the browser the tests drive is installed: Debian's chromium, installed with apt-get when
 * it is missing (as root, or through passwordless sudo). Playwright's own browser download is never
 * used. When installing is impossible this throws, saying what to do, so the browser tests fail
 * clearly instead of being skipped.
 */
export function ensureChromium(log: (line: string) => void = () => {}): string {
  if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(
      `CHROMIUM_PATH is ${CHROMIUM_PATH}, but there is no file there. Point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium.`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && canRun("sudo", ["-n", "true"]) ? ["sudo", "-n"] : null;
  if (!canRun("apt-get", ["--version"]) || (!asRoot && !sudo)) {
    throw new Error(
      "The browser tests need Chromium at /usr/bin/chromium and it is not installed. Installing it needs apt-get " +
        "(Debian or Ubuntu) and root or passwordless sudo, which this machine does not offer. Install it yourself " +
        "(sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run the tests again.",
    );
  }
  const run = (args: string[]) => {
    const [command, ...rest] = sudo ? [...sudo, ...args] : args;
    execFileSync(command, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  };
  log("Installing Debian's chromium for the browser tests (once) ...");
  try {
    run(["apt-get", "update", "-q"]);
    run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"]);
  } catch (error) {
    throw new Error(
      `Installing chromium with apt-get failed (${(error as Error).message}). Install it yourself (sudo apt-get install chromium) or set CHROMIUM_PATH, then run the tests again.`,
    );
  }
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} is still missing. Set CHROMIUM_PATH to the browser binary.`);
  return CHROMIUM_PATH;
}
