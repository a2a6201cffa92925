import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express from "express";
import { PROJECT_ROOT, type Config } from "../config";

const WEB_DIR = path.join(PROJECT_ROOT, "dist", "web");

/**
 * Pages may load only what this server serves: the policy makes a CDN request fail in the browser
 * rather than quietly work while online. Monaco and Cytoscape set inline styles, hence 'unsafe-inline'
 * for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

function readPage(name: string): string | null {
  try {
    return fs.readFileSync(path.join(WEB_DIR, name), "utf8");
  } catch {
    return null;
  }
}

/** True when a GET asks for a page (a browser's Accept) rather than a GraphQL result. */
function wantsHtml(req: express.Request): boolean {
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

/**
 * The browser side of the server: the GraphiQL IDE at / and at /graphql for browsers, the graph
 * explorer at /explore, and their bundled assets at /assets, all from dist/web (npm run build). Each
 * can be turned off by config; the IDE says on the page when introspection is off. With the IDE off,
 * / sends a browser to the explorer (when that is on).
 */
export function webPages(config: Config): express.Router {
  const router = express.Router();
  // Read at each request (they are small), so that a rebuild while the server runs is picked up.
  const ide = () => readPage("ide.html")?.replace("{{introspection}}", config.limits.introspection ? "on" : "off") ?? null;
  const explorer = () => readPage("explorer.html");

  const send = (res: express.Response, html: string | null) => {
    if (html === null) {
      res.status(503).type("text/plain").send("The web pages are not built: run npm run build (npm start does it), then reload this page.");
      return;
    }
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.setHeader("Cache-Control", "no-cache");
    res.type("html").send(html);
  };

  if (config.web.ide) {
    router.get("/", (_req, res) => send(res, ide()));
    // A browser opening /graphql gets the IDE; a GET with a query, one asking for JSON, and every other
    // method go on to GraphQL. (A middleware, not a route: a route would answer CORS preflights itself.)
    router.use("/graphql", (req, res, next) => {
      if (req.method === "GET") res.vary("Accept");
      if (req.method === "GET" && req.path === "/" && wantsHtml(req) && req.query.query === undefined) send(res, ide());
      else next();
    });
  } else if (config.web.explorer) {
    router.get("/", (_req, res) => res.redirect(302, "/explore"));
  }
  if (config.web.explorer) router.get("/explore", (_req, res) => send(res, explorer()));
  if (config.web.ide || config.web.explorer) {
    router.use(
      "/assets",
      // The IDE's bundle is 5 MB, mostly Monaco; gzip makes it about a quarter of that.
      compression(),
      express.static(path.join(WEB_DIR, "assets"), {
        fallthrough: false,
        index: false,
        // Bundle names are fixed, so a browser must revalidate (cheap: ETag) to see a rebuild.
        cacheControl: false,
        setHeaders: (res) => {
          res.setHeader("Cache-Control", "no-cache");
          res.setHeader("X-Content-Type-Options", "nosniff");
          // A worker takes its policy from its own response.
          res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        },
      }),
    );
  }
  return router;
}
