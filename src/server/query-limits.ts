import type { ValidationRule } from "graphql";
import type { Config } from "../config";
import { MAX_PAGE_SIZE } from "../graphql/common/page-size";
import { costLimitRule } from "./cost-limit.rule";
import { aliasLimitRule, depthLimitRule, directiveLimitRule, standardIntrospectionDepth } from "./shape-limits.rule";

/**
 * The validation rules every operation is checked against before it runs: depth (through fragments,
 * with introspection held to the depth of the standard introspection query), aliases (`__typename`
 * included), directives, and cost, which multiplies by page sizes. Each refusal is a QueryLimitError
 * naming the limit, the figure found and the maximum. Tokens are counted earlier, in front of Apollo
 * (token-limit.ts), and batches in create-app.ts.
 */
export function queryLimits(config: Config): ValidationRule[] {
  const { limits } = config;
  return [
    depthLimitRule(limits.maxDepth, standardIntrospectionDepth()),
    aliasLimitRule(limits.maxAliases),
    directiveLimitRule(limits.maxDirectives),
    costLimitRule(limits.maxCost, MAX_PAGE_SIZE),
  ];
}
