/// <reference lib="dom" />
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { PAGES_MANIFEST } from "../../src/cli/build-web";
import { useTestApp } from "../integration/support/test-app";
import { NO_PROBLEMS, openWatchedPage, useChromium, type WatchedPage } from "./support/browser-session";

declare global {
  interface Window {
    /** The explorer's drawing, which the page exposes (src/web/explorer/explorer.ts). */
    explorer: { cy: Core };
  }
}

/** One GraphQL exchange of a page: the operation it named and the error codes of the answer. */
interface Exchange {
  operationName: string | null;
  status: number;
  codes: string[];
}

/** Records every POST to /graphql the page makes, with the answer's status and error codes. */
function recordGraphQL(page: Page): Exchange[] {
  const exchanges: Exchange[] = [];
  page.on("response", async (response) => {
    const request = response.request();
    if (request.method() !== "POST" || !response.url().endsWith("/graphql")) return;
    const sent = request.postDataJSON() as { query?: string; operationName?: string };
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const named = sent.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/m.exec(sent.query ?? "")?.[1] ?? null;
    exchanges.push({ operationName: named, status: response.status(), codes: (body.errors ?? []).map((error) => error.extensions?.code ?? "") });
  });
  return exchanges;
}

describe("the IDE and the explorer on a server that runs only trusted documents, in Chromium", () => {
  // Bundling first writes the build's manifest, which the server is then started with.
  const browser = useChromium();
  const { client: app } = useTestApp({ seed: true, env: { TRUSTED_DOCUMENTS: PAGES_MANIFEST } });
  let watched: WatchedPage;
  let exchanges: Exchange[];

  beforeEach(async () => {
    watched = await openWatchedPage(browser(), app.url);
    exchanges = recordGraphQL(watched.page);
  });

  afterEach(async () => {
    // No 4xx (an UNTRUSTED_DOCUMENT refusal is a 400), no console error, nothing off the host.
    expect(watched.problems).toEqual(NO_PROBLEMS);
    await watched.page.context().close();
  });

  it("loads the schema in the IDE by its introspection query and runs an example tab", async () => {
    const { page, screenshot } = watched;
    await page.goto(`${app.url}/`);
    await page.locator(".graphiql-container").waitFor();
    await page.getByRole("tab").first().click();
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".graphiql-response").getByText('"witnesses"').first().waitFor({ timeout: 20_000 });
    await screenshot("trusted-ide-answer");
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();
    expect(exchanges).toEqual(
      expect.arrayContaining([
        { operationName: "IntrospectionQuery", status: 200, codes: [] },
        { operationName: "MouWitnesses", status: 200, codes: [] },
      ]),
    );
  });

  it("finds an entity in the explorer and draws its neighborhood and timeline", async () => {
    const { page, screenshot } = watched;
    await page.goto(`${app.url}/explore`);
    await page.waitForFunction(() => document.body.dataset.busy === "false");
    await page.fill("#search", "Iveco");
    await page.press("#search", "Enter");
    await page.locator('#results button[data-id="company:iveco-group"]').click();
    await page.waitForFunction(() => document.body.dataset.busy === "false");
    const nodes = await page.evaluate(() => window.explorer.cy.nodes().map((node) => node.id()));
    expect(nodes).toEqual(expect.arrayContaining(["company:iveco-group", "person:gerrit-marx"]));
    await expect(page.locator("#timeline li").count()).resolves.toBeGreaterThan(0);
    await screenshot("trusted-explorer-iveco-group");
    const sent = new Set(exchanges.map((exchange) => exchange.operationName));
    expect([...sent]).toEqual(expect.arrayContaining(["ExplorerSearch", "ExplorerNeighborhood", "ExplorerTimeline"]));
    expect(exchanges.filter((exchange) => exchange.status !== 200 || exchange.codes.length > 0)).toEqual([]);
  });
});
