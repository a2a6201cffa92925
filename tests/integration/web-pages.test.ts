import { buildWeb } from "../../src/cli/build-web";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

describe("the web pages the server serves", () => {
  let graph: TestGraph;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    await buildWeb();
    graph = await openTestGraph();
    await graph.reset();
  }, 300_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await graph.close();
  });

  async function start(overrides: Record<string, string> = {}): Promise<TestApp> {
    const app = await startTestApp(testConfig({ API_KEYS: "a-key-that-is-long-enough", ...overrides }), graph.gateway);
    apps.push(app);
    return app;
  }

  it("serves the IDE at / and to a browser at /graphql, with a same-origin-only content policy", async () => {
    const app = await start();
    for (const path of ["/", "/graphql"]) {
      const response = await fetch(`${app.url}${path}`, { headers: HTML });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      const page = await response.text();
      expect(page).toContain('<script type="module" src="/assets/ide.js">');
      expect(page).toContain('content="on"');
    }
    expect((await fetch(`${app.url}/graphql`, { headers: HTML })).headers.get("vary")).toMatch(/Accept/);
  });

  it("still answers GraphQL at /graphql: a GET with a query, and a POST", async () => {
    const app = await start();
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ company(id: "company:foton") { id } }')}`, {
      headers: { ...HTML, "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { company: { id: "company:foton" } } });
    const post = await app.query(`{ company(id: "company:foton") { name } }`);
    expect(post.data.company.name).toBe("Foton");
  });

  it("serves the explorer at /explore and the bundled assets, which reference no other host", async () => {
    const app = await start();
    const page = await (await fetch(`${app.url}/explore`)).text();
    expect(page).toContain('src="/assets/explorer.js"');
    for (const asset of ["ide.js", "ide.css", "explorer.js", "explorer.css", "editor.worker.js", "json.worker.js", "graphql.worker.js"]) {
      const response = await fetch(`${app.url}/assets/${asset}`);
      expect(response.status).toBe(200);
    }
    const worker = await fetch(`${app.url}/assets/graphql.worker.js`);
    expect(worker.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(worker.headers.get("x-content-type-options")).toBe("nosniff");
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    expect(worker.headers.get("content-encoding")).toBe("gzip");
    const css = await (await fetch(`${app.url}/assets/ide.css`)).text();
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect((await fetch(`${app.url}/assets/nothing.js`)).status).toBe(404);
  });

  it("turns the IDE off in production by default and sends / to the explorer", async () => {
    const app = await start({ NODE_ENV: "production" });
    const root = await fetch(`${app.url}/`, { headers: HTML, redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/explore");
    const browserGet = await fetch(`${app.url}/graphql`, { headers: HTML });
    expect(browserGet.headers.get("content-type")).not.toMatch(/text\/html/);
    expect((await fetch(`${app.url}/explore`)).status).toBe(200);
  });

  it("tells the IDE that introspection is off when config turns the IDE on without it", async () => {
    const app = await start({ NODE_ENV: "production", IDE_ENABLED: "true" });
    const page = await (await fetch(`${app.url}/`, { headers: HTML })).text();
    expect(page).toContain('<meta name="kg-introspection" content="off" />');
  });

  it("serves no page at all when both are turned off", async () => {
    const app = await start({ IDE_ENABLED: "false", EXPLORER_ENABLED: "false" });
    expect((await fetch(`${app.url}/`, { headers: HTML })).status).toBe(404);
    expect((await fetch(`${app.url}/explore`)).status).toBe(404);
    expect((await fetch(`${app.url}/assets/ide.js`)).status).toBe(404);
  });

  it("answers CORS preflights for the configured origins only", async () => {
    const app = await start({ CORS_ORIGINS: "https://app.example.com" });
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    expect((await preflight("https://app.example.com")).headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect((await preflight("https://evil.example.com")).headers.get("access-control-allow-origin")).toBeNull();
  });
});
