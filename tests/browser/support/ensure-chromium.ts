import { ensureDebianProgram } from "../../support/ensure-debian-package";

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Makes sure the browser the tests drive is installed: Debian's chromium, installed with apt-get when
 * it is missing. Playwright's own browser download is never used.
 */
export function ensureChromium(log: (line: string) => void = () => {}): string {
  return ensureDebianProgram(
    { neededBy: "The browser tests need Chromium", packageName: "chromium", defaultPath: "/usr/bin/chromium", pathVariable: "CHROMIUM_PATH" },
    log,
  );
}
