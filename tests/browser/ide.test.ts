import { EXAMPLE_TABS } from "../../src/web/ide/example-tabs";
import { startTestApp, useSeededApp, type TestApp } from "../integration/support/test-app";
import { testConfig } from "../integration/support/test-neo4j";
import { NO_PROBLEMS, openWatchedPage, useChromium, type WatchedPage } from "./support/browser-session";

describe("the GraphQL IDE, in Chromium", () => {
  const seeded = useSeededApp();
  const browser = useChromium();
  let app: TestApp;
  let productionApp: TestApp;
  let watched: WatchedPage[] = [];

  beforeAll(async () => {
    app = seeded.app();
    // Production with introspection off, and the IDE turned on by config.
    productionApp = await startTestApp(
      testConfig({ NODE_ENV: "production", INTROSPECTION: "false", IDE_ENABLED: "true", API_KEYS: "a-production-key-of-some-length" }),
      seeded.graph().gateway,
    );
  });

  afterAll(() => productionApp?.close());

  afterEach(() => {
    for (const { problems } of watched) expect(problems).toEqual(NO_PROBLEMS);
    watched = [];
  });

  async function open(url: string): Promise<WatchedPage> {
    const page = await openWatchedPage(browser(), url);
    watched.push(page);
    await page.page.goto(url);
    return page;
  }

  it("loads at / with a tab per documented example, runs the first one and shows its answer", async () => {
    const { page, screenshot } = await open(`${app.url}/`);
    await page.locator(".graphiql-container").waitFor();
    await page
      .getByRole("tab")
      .nth(EXAMPLE_TABS.length - 1)
      .waitFor();
    await expect(page.getByRole("tab").count()).resolves.toBe(EXAMPLE_TABS.length);
    await page.getByRole("tab").first().click();
    await page.locator(".graphiql-query-editor").getByText("Who witnessed the signing").waitFor();
    await screenshot("ide-1-loaded");

    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    // The response editor draws only the lines in view: the first witnesses are enough.
    await response.getByText('"witnesses"').first().waitFor({ timeout: 20_000 });
    // Monaco draws spaces as no-break spaces.
    const text = (await response.textContent())!.replace(/\s+/g, " ");
    expect(text).toContain('"name": "FOTON–Iveco Group Memorandum of Understanding"');
    await screenshot("ide-2-answer");
  });

  it("opens the docs explorer from introspection, with the Query type's fields", async () => {
    const { page, screenshot } = await open(`${app.url}/graphql`);
    await page.locator(".graphiql-container").waitFor();
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).first().click();
    await docs.getByText("shortestPath", { exact: true }).first().waitFor();
    await screenshot("ide-3-docs");
  });

  it("autocompletes fields from the schema as you type", async () => {
    const { page, screenshot } = await open(`${app.url}/`);
    await page.locator(".graphiql-container").waitFor();
    // A new tab, so that the example tabs stay as they are.
    await page.locator(".graphiql-tab-add").click();
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("{ shortest");
    await page.keyboard.press("Control+Space");
    const suggestions = page.locator(".monaco-editor .suggest-widget");
    await suggestions.getByText("shortestPath").first().waitFor({ timeout: 20_000 });
    await screenshot("ide-5-autocomplete");
  });

  it("says on the page that introspection is off when production turns the IDE on", async () => {
    const { page, screenshot } = await open(`${productionApp.url}/`);
    await page.locator(".graphiql-container").waitFor();
    const notice = page.locator("#introspection-off");
    await notice.waitFor({ state: "visible" });
    await expect(notice.textContent()).resolves.toContain("Introspection is disabled");
    await screenshot("ide-4-introspection-off");
  });
});
