import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";
import { EXAMPLE_TABS, PREVIEW_HEADERS } from "./example-tabs";
import { IDE_INTROSPECTION_OPTIONS } from "./introspection-options";

// Monaco runs its language services in web workers. They are bundled next to this file and served by
// this server (see build-web.ts), never fetched from a CDN.
(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const name = label === "json" ? "json" : label === "graphql" ? "graphql" : "editor";
    return new Worker(`/assets/${name}.worker.js`);
  },
};

/** The server says in a meta tag whether introspection is on; without it there is no schema to fetch. */
const introspection = document.querySelector('meta[name="kg-introspection"]')?.getAttribute("content") !== "off";

const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });

const tabs = EXAMPLE_TABS.map((tab, index) => ({
  query: tab.query,
  variables: tab.variables,
  headers: index === EXAMPLE_TABS.length - 1 ? PREVIEW_HEADERS : undefined,
}));

/**
 * GraphiQL keeps tabs in localStorage and, headers not being persisted, would bring the ingest-preview
 * tab back without its API key on the next visit, and hide tabs added to the examples later. Storage
 * in memory opens every visit with the current examples, headers included.
 */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const root = document.getElementById("ide")!;
if (!introspection) document.body.classList.add("no-introspection");

createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={tabs}
    // With introspection off there is no schema: passing null stops GraphiQL asking for one.
    {...(introspection ? {} : { schema: null })}
    storage={memoryStorage()}
    // The introspection query it sends follows from these; the build lists it as a trusted document.
    {...IDE_INTROSPECTION_OPTIONS}
  />,
);
