import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildWeb } from "../../../src/cli/build-web";
import { PROJECT_ROOT } from "../../../src/config";
import { ensureChromium } from "./ensure-chromium";

/** Screenshots of every step, kept as test artifacts (git-ignored). */
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, "tests", "browser", "screenshots");

/** The problems of a page on which nothing went wrong. */
export const NO_PROBLEMS: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offHostRequests: [] };

/** What went wrong on a page: console errors, uncaught exceptions, failed and off-host requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  offHostRequests: string[];
}

export interface WatchedPage {
  page: Page;
  problems: PageProblems;
  /** Saves a full-page screenshot as <name>.png in SCREENSHOT_DIR. */
  screenshot(name: string): Promise<void>;
}

/**
 * Chromium as the tests drive it: Debian's binary, headless, with the flags that keep it off the
 * network (no background updates, sync or component downloads).
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium((line) => console.log(line));
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * A new page (in its own context, so no storage is shared between tests) that records every problem:
 * console errors, page errors, requests that failed or got a 4xx/5xx, and any request that leaves the
 * server under test. Off-host requests are aborted, so a page that needs the internet fails here.
 */
export async function openWatchedPage(browser: Browser, baseUrl: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offHostRequests: [] };
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    problems.offHostRequests.push(url);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  page.on("requestfailed", (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    page,
    problems,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
    },
  };
}

/**
 * Registers the hooks of a browser suite: the pages are bundled (when they changed) and Chromium is
 * launched before the suite, and closed after it. Returns a getter for the browser.
 */
export function useChromium(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    await buildWeb();
    browser = await launchChromium();
  }, 600_000);
  afterAll(() => browser?.close());
  return () => browser;
}
