/// <reference lib="dom" />
import type { Core, EdgeSingular } from "cytoscape";
import type { Browser, Page } from "playwright-core";
import { openWatchedPage, type WatchedPage } from "./browser-session";

declare global {
  interface Window {
    /** The explorer's drawing, which the page exposes (src/web/explorer/explorer.ts). */
    explorer: { cy: Core };
  }
}

/** Waits until the explorer has no request of its own in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === "false");
}

/** A watched page with the explorer of the app at `baseUrl` open and settled. */
export async function openExplorer(browser: Browser, baseUrl: string): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, baseUrl);
  await watched.page.goto(`${baseUrl}/explore`);
  await settled(watched.page);
  return watched;
}

/** Searches for `text` and opens the result with id `id`, as a person would. */
export async function openBySearch(page: Page, text: string, id: string): Promise<void> {
  await page.fill("#search", text);
  await page.press("#search", "Enter");
  const result = page.locator(`#results button[data-id="${id}"]`);
  await result.waitFor();
  await result.click();
  await settled(page);
}

/** The drawn edges of a type between two nodes, with whether each is drawn as contested. */
export async function drawnEdges(page: Page, source: string, target: string, type: string): Promise<{ id: string; contested: boolean }[]> {
  return page.evaluate(
    ({ s, t, k }) =>
      window.explorer.cy
        .edges()
        .filter((e) => e.data("source") === s && e.data("target") === t && e.data("type") === k)
        .map((e) => ({ id: e.id(), contested: e.hasClass("contested") })),
    { s: source, t: target, k: type },
  );
}

/**
 * Clicks an element of the drawing with the mouse, as a person would: it is centred in view first,
 * then clicked where it is rendered (a node at its position, an edge at its midpoint), and the
 * explorer's requests are waited for.
 */
export async function clickDrawn(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const { cy } = window.explorer;
    const element = cy.getElementById(elementId);
    cy.zoom(2.5);
    cy.center(element);
    const at = element.isNode() ? element.renderedPosition() : (element as unknown as EdgeSingular).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
  await settled(page);
}
