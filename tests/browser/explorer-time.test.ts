/// <reference lib="dom" />
import type { Core, EdgeSingular } from "cytoscape";
import type { Page } from "playwright-core";
import { useSeededApp } from "../integration/support/test-app";
import { NO_PROBLEMS, openWatchedPage, useChromium, type WatchedPage } from "./support/browser-session";

declare global {
  interface Window {
    /** The explorer's drawing, which the page exposes (src/web/explorer/explorer.ts). */
    explorer: { cy: Core };
  }
}

const PARTNERSHIP = "agreement:foton-european-partner-lcv-partnership";

/** Waits until the page has no request of its own in flight. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === "false");
}

/** Searches for `text` and opens the result with id `id`, as a person would. */
async function openBySearch(page: Page, text: string, id: string): Promise<void> {
  await page.fill("#search", text);
  await page.press("#search", "Enter");
  const result = page.locator(`#results button[data-id="${id}"]`);
  await result.waitFor();
  await result.click();
  await settled(page);
}

/** Sets the as-of control to `date` (empty for every fact) and waits for the redrawing. */
async function viewAsOf(page: Page, date: string): Promise<void> {
  await page.fill("#as-of", date);
  await page.press("#as-of", "Enter");
  await settled(page);
}

/** The drawn edges of a type between two nodes, with their classes. */
async function drawnEdges(page: Page, source: string, target: string, type: string): Promise<{ id: string; contested: boolean }[]> {
  return page.evaluate(
    ({ s, t, k }) =>
      window.explorer.cy
        .edges()
        .filter((e) => e.data("source") === s && e.data("target") === t && e.data("type") === k)
        .map((e) => ({ id: e.id(), contested: e.hasClass("contested") })),
    { s: source, t: target, k: type },
  );
}

/** Clicks a drawn edge at its midpoint, after centring it in view. */
async function clickEdge(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((edgeId) => {
    const { cy } = window.explorer;
    const edge = cy.getElementById(edgeId) as unknown as EdgeSingular;
    cy.zoom(2.5);
    cy.center(edge);
    const at = edge.renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
  await settled(page);
}

describe("the graph explorer's dates, disputes and evidence, in Chromium", () => {
  const seeded = useSeededApp();
  const browser = useChromium();
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openWatchedPage(browser(), seeded.app().url);
    await watched.page.goto(`${seeded.app().url}/explore`);
    await settled(watched.page);
  });

  afterEach(() => {
    expect(watched.problems).toEqual(NO_PROBLEMS);
  });

  it("redraws Chang Rui's neighbourhood as of a date: no Foton chairmanship in 2023, the chairmanship in July 2024", async () => {
    const { page, screenshot } = watched;
    await openBySearch(page, "Chang Rui", "person:chang-rui");
    await expect(drawnEdges(page, "person:chang-rui", "company:foton", "HOLDS_POSITION")).resolves.toHaveLength(1);
    await viewAsOf(page, "2023");
    await expect(drawnEdges(page, "person:chang-rui", "company:foton", "HOLDS_POSITION")).resolves.toHaveLength(0);
    await expect(page.locator("#panel h2").textContent()).resolves.toContain("Chang Rui");
    await screenshot("explorer-time-1-as-of-2023");
    await viewAsOf(page, "2024-07");
    await expect(drawnEdges(page, "person:chang-rui", "company:foton", "HOLDS_POSITION")).resolves.toHaveLength(1);
    await viewAsOf(page, "");
  });

  it("draws the two partnership starts' edges to the agreement as contested, and only those", async () => {
    const { page, screenshot } = watched;
    await openBySearch(page, "light commercial vehicle partnership", PARTNERSHIP);
    const contested = await page.evaluate(() => window.explorer.cy.$("edge.contested").map((e) => `${e.data("source") as string} ${e.data("type") as string}`));
    expect(contested.sort()).toEqual([
      "event:foton-european-partner-partnership-start-2017-09 CONCERNS",
      "event:foton-european-partner-partnership-start-2018-05 CONCERNS",
    ]);
    const style = await page.evaluate(() => window.explorer.cy.$("edge.contested")[0].style("line-style"));
    expect(style).toBe("dashed");
    await expect(page.locator("#legend .contested").textContent()).resolves.toContain("contested");
    await screenshot("explorer-time-2-contested");
  });

  it("shows a contested edge's competing claims side by side, each with its quote", async () => {
    const { page, screenshot } = watched;
    const [edge] = await drawnEdges(page, "event:foton-european-partner-partnership-start-2017-09", PARTNERSHIP, "CONCERNS");
    await clickEdge(page, edge.id);
    const claims = page.locator("#panel .conflict .claim");
    await expect(claims.count()).resolves.toBe(2);
    const values = await claims.locator("h4").allTextContents();
    expect(values.join(" | ")).toMatch(/2017/);
    expect(values.join(" | ")).toMatch(/2018/);
    const quotes = await claims.locator(".quote mark").allTextContents();
    expect(quotes.some((quote) => quote.includes("September 2017"))).toBe(true);
    expect(quotes.some((quote) => quote.includes("May 2018"))).toBe(true);
    // Side by side: the two columns share a row.
    const boxes = await Promise.all([claims.nth(0).boundingBox(), claims.nth(1).boundingBox()]);
    expect(boxes[0]!.y).toBe(boxes[1]!.y);
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
    await screenshot("explorer-time-3-claims");
  });
});
