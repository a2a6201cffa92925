import { getIntrospectionQuery } from "graphql";
import * as explorerQueries from "./explorer/explorer-queries";
import { EXAMPLE_TABS } from "./ide/example-tabs";
import { IDE_INTROSPECTION_OPTIONS } from "./ide/introspection-options";

/**
 * Every operation the pages send, as the exact text they send it: each IDE example tab, the IDE's
 * introspection query and each query the explorer exports. The build writes them to
 * dist/web/trusted-documents.json, so that a server running only trusted documents still serves its
 * own pages.
 */
export const PAGE_OPERATIONS: string[] = [
  ...EXAMPLE_TABS.map((tab) => tab.query),
  getIntrospectionQuery(IDE_INTROSPECTION_OPTIONS),
  ...(Object.values(explorerQueries) as unknown[]).filter((value): value is string => typeof value === "string"),
];
