/// <reference lib="dom" />
import type { Page } from "playwright-core";
import { DEVELOPMENT_API_KEY } from "../../src/config";
import { INGEST } from "../integration/support/live-article";
import { useSeededApp } from "../integration/support/test-app";
import { NO_PROBLEMS, openWatchedPage, useChromium, type WatchedPage } from "./support/browser-session";
import { settled } from "./support/explorer-page";

const FOTON = "company:foton";
const NEW_PERSON = "person:jonas-albrecht";

/** An article that gives Foton a neighbour the graph does not have yet: a new director. */
const ARTICLE = {
  title: "Foton names a sales director for its electric vans",
  publishedOn: "2025-04-02",
  source: "Test Wire",
  text: [
    "Foton names a sales director for its electric vans",
    "",
    "Beiqi Foton Motor Co. will build 2,000 electric vans in Beijing this year, said Jonas Albrecht, director of sales at Foton.",
  ].join("\n"),
};

const drawn = (page: Page, id: string) => page.evaluate((nodeId) => window.explorer.cy.getElementById(nodeId).nonempty(), id);

describe("the graph explorer keeps what it draws live, in Chromium", () => {
  const seeded = useSeededApp();
  const browser = useChromium();
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openWatchedPage(browser(), seeded.app().url);
  });

  it("draws Foton's new neighbour when an article about it is ingested, without a reload", async () => {
    const { page, screenshot } = watched;
    await page.goto(`${seeded.app().url}/explore`);
    await settled(page);
    await page.fill("#search", "Foton");
    await page.press("#search", "Enter");
    await page.locator(`#results button[data-id="${FOTON}"]`).click();
    await settled(page);
    expect(await drawn(page, FOTON)).toBe(true);
    expect(await drawn(page, NEW_PERSON)).toBe(false);
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => navigations.push(frame.url()));

    const { data, errors } = await seeded.app().query(INGEST, { input: ARTICLE }, { authorization: `Bearer ${DEVELOPMENT_API_KEY}` });
    expect(errors).toBeUndefined();
    expect(data.ingestDocument.written).toBe(true);

    await page.waitForFunction((id) => window.explorer.cy.getElementById(id).nonempty(), NEW_PERSON);
    await settled(page);
    const linked = await page.evaluate(
      ([person, company]) => window.explorer.cy.getElementById(person).edgesWith(window.explorer.cy.getElementById(company)).length,
      [NEW_PERSON, FOTON],
    );
    expect(linked).toBeGreaterThan(0);
    expect(navigations).toEqual([]);
    await screenshot("explorer-live-new-neighbour");
    expect(watched.problems).toEqual(NO_PROBLEMS);
  });
});
