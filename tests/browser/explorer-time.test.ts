/// <reference lib="dom" />
import type { Page } from "playwright-core";
import { DocumentLoader } from "../../src/ingest/document-loader";
import { planDocument, type FactsFile } from "../../src/ingest/plan-document";
import { useSeededApp } from "../integration/support/test-app";
import { NO_PROBLEMS, useChromium, type WatchedPage } from "./support/browser-session";
import { clickDrawn, drawnEdges, openBySearch, openExplorer, settled } from "./support/explorer-page";

const PARTNERSHIP = "agreement:foton-european-partner-lcv-partnership";
const SEED_QUOTE = "executives from Foton including Chairman Chang Rui";

/** A wire story that restates a seed fact in other words: Chang Rui is Foton's chairman. */
const RESTATEMENT: { facts: FactsFile; text: string } = {
  text: "BEIJING (Wire) - Foton Chairman Chang Rui met Iveco's leaders on Tuesday.",
  facts: {
    document: { id: "document:explorer-wire-restatement", title: "Foton's chairman meets Iveco", source: "Test Wire" },
    entities: [
      { id: "person:chang-rui", label: "Person", name: "Chang Rui", quote: "Chang Rui" },
      { id: "company:foton", label: "Company", name: "Foton", quote: "Foton" },
    ],
    relationships: [
      {
        id: "rel:explorer-wire-restatement-title",
        type: "HOLDS_POSITION",
        from: "person:chang-rui",
        to: "company:foton",
        properties: { title: "Chairman" },
        dates: { asOf: { value: "2024-06-04" } },
        quote: "Foton Chairman Chang Rui",
      },
    ],
  },
};

/** Sets the as-of control to `date` (empty for every fact) and waits for the redrawing. */
async function viewAsOf(page: Page, date: string): Promise<void> {
  await page.fill("#as-of", date);
  await page.press("#as-of", "Enter");
  await settled(page);
}

describe("the graph explorer's dates, disputes and evidence, in Chromium", () => {
  const seeded = useSeededApp();
  const browser = useChromium();
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openExplorer(browser(), seeded.app().url);
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
    await clickDrawn(page, edge.id);
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

  it("lists every source of an edge two documents state: both documents and both quotes", async () => {
    const { page, screenshot } = watched;
    const { plan, problems } = planDocument(RESTATEMENT.facts, RESTATEMENT.text);
    expect(problems).toEqual([]);
    const loader = new DocumentLoader(seeded.graph().gateway);
    await loader.load(plan);
    try {
      await openBySearch(page, "Chang Rui", "person:chang-rui");
      const [edge] = await drawnEdges(page, "person:chang-rui", "company:foton", "HOLDS_POSITION");
      await clickDrawn(page, edge.id);
      const sources = page.locator("#panel .evidence");
      await expect(sources.locator("h3").textContent()).resolves.toBe("Sources (2)");
      await expect(sources.locator(".provenance .document-title").allTextContents()).resolves.toEqual([
        expect.stringMatching(/FOTON and IVECO/),
        "Foton's chairman meets Iveco",
      ]);
      const quotes = await sources.locator(".provenance .quote mark").allTextContents();
      expect(quotes).toEqual([SEED_QUOTE, "Foton Chairman Chang Rui"]);
      await screenshot("explorer-time-4-evidence");
    } finally {
      await loader.delete(RESTATEMENT.facts.document.id);
    }
  });
});
