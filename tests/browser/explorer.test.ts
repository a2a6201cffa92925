/// <reference lib="dom" />
import type { Page } from "playwright-core";
import { useSeededApp } from "../integration/support/test-app";
import { NO_PROBLEMS, useChromium, type WatchedPage } from "./support/browser-session";
import { clickDrawn, openExplorer, settled } from "./support/explorer-page";

const MOU = "agreement:foton-iveco-mou-2024";

/** Ids of what the explorer has drawn, read from its Cytoscape instance. */
async function drawn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => window.explorer.cy.$(s).map((e) => e.id()), selector);
}

describe("the graph explorer, in Chromium", () => {
  const seeded = useSeededApp();
  const browser = useChromium();
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openExplorer(browser(), seeded.app().url);
  });

  afterEach(() => {
    // Every step: no console error, no failed request, nothing fetched from off the host.
    expect(watched.problems).toEqual(NO_PROBLEMS);
  });

  it("finds Iveco Group by search and draws its neighborhood, with Gerrit Marx and the MOU", async () => {
    const { page, screenshot } = watched;
    await page.fill("#search", "Iveco");
    await page.press("#search", "Enter");
    const result = page.locator('#results button[data-id="company:iveco-group"]');
    await result.waitFor();
    await screenshot("explorer-1-search");
    await result.click();
    await settled(page);
    const nodes = await drawn(page, "node");
    expect(nodes).toEqual(expect.arrayContaining(["company:iveco-group", "person:gerrit-marx", MOU]));
    await expect(page.locator("#panel h2").textContent()).resolves.toContain("Iveco Group");
    // Nodes are coloured by label: a person and a company differ.
    const colours = await page.evaluate(() => {
      const { cy } = window.explorer;
      return [cy.$id("person:gerrit-marx").style("background-color"), cy.$id("company:iveco-group").style("background-color")];
    });
    expect(colours[0]).not.toEqual(colours[1]);
    await expect(page.locator("#timeline li").count()).resolves.toBeGreaterThan(0);
    await screenshot("explorer-2-iveco-group");
  });

  it("expands Gerrit Marx on click and shows his properties", async () => {
    const { page, screenshot } = watched;
    await clickDrawn(page, "person:gerrit-marx");
    await expect(page.locator("#panel h2").textContent()).resolves.toContain("Gerrit Marx");
    await expect(page.locator("#panel").textContent()).resolves.toContain("person:gerrit-marx");
    // His WITNESSED edge to the MOU is drawn now.
    const edges = await page.evaluate((mou) => {
      const { cy } = window.explorer;
      return cy
        .edges()
        .filter((e) => e.data("source") === "person:gerrit-marx" && e.data("target") === mou)
        .map((e) => e.data("type") as string);
    }, MOU);
    expect(edges).toContain("WITNESSED");
    await screenshot("explorer-3-expanded");
  });

  it("shows an edge's provenance when it is clicked: document, date and the quote highlighted", async () => {
    const { page, screenshot } = watched;
    const edgeId = await page.evaluate((mou) => {
      const { cy } = window.explorer;
      return cy
        .edges()
        .filter((e) => e.data("source") === "company:iveco-group" && e.data("target") === mou)[0]
        .id();
    }, MOU);
    await clickDrawn(page, edgeId);
    await expect(page.locator("#panel h2").textContent()).resolves.toBe("PARTY_TO");
    const provenance = page.locator("#panel .provenance");
    await expect(provenance.locator(".document-title").textContent()).resolves.toMatch(/FOTON and IVECO/);
    await expect(provenance.locator(".date").textContent()).resolves.toMatch(/2024/);
    const highlighted = await provenance.locator(".quote mark").textContent();
    expect(highlighted).toMatch(/Iveco Group/);
    await page.evaluate(() => window.explorer.cy.fit(undefined, 30));
    await screenshot("explorer-4-provenance");
  });

  it("draws the shortest path between Gerrit Marx and CATL, highlighted", async () => {
    const { page, screenshot } = watched;
    await clickDrawn(page, "person:gerrit-marx");
    await page.click("#path-from");
    await page.fill("#search", "CATL");
    await page.press("#search", "Enter");
    await page.locator('#results button[data-id="company:catl"]').click();
    await settled(page);
    await page.click("#path-to");
    await settled(page);
    const onPath = await drawn(page, "node.on-path");
    expect(onPath).toEqual(expect.arrayContaining(["person:gerrit-marx", "company:catl"]));
    expect(onPath).toHaveLength(5);
    await expect(drawn(page, "edge.on-path")).resolves.toHaveLength(4);
    await expect(page.locator("#path-bar").textContent()).resolves.toMatch(/4 hops: Gerrit Marx → .* → CATL/);
    await screenshot("explorer-5-path");
  });
});
