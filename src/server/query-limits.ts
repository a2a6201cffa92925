import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLFormattedError, ValidationRule } from "graphql";
import type { Config } from "../config";
import { ErrorCode } from "../errors";
import { MAX_PAGE_SIZE } from "../graphql/common/page-size";
import { costLimitRule } from "./cost-limit.rule";

/**
 * The limits every operation is checked against before it runs: depth (through fragments),
 * aliases and directives from graphql-armor (pinned to a version whose depth limit a
 * fragment named `__schema` cannot bypass), and the cost rule of this project, which multiplies by
 * page sizes. Field suggestions are blocked when the config says so (by default in production).
 */
export function queryLimits(config: Config): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { limits } = config;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Counted in front of Apollo instead (see token-limit.ts): armor's plugin turns refusals and syntax errors into 500s.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  });
  const protection = armor.protect();
  return { plugins: protection.plugins, validationRules: [...protection.validationRules, costLimitRule(limits.maxCost, MAX_PAGE_SIZE)] };
}

const ARMOR_LIMITS: [RegExp, string][] = [
  [/Query depth limit of (\d+) exceeded/i, "depth"],
  [/Aliases limit of (\d+) exceeded/i, "aliases"],
  [/Directives limit of (\d+) exceeded/i, "directives"],
];

/** Gives graphql-armor's rejections the code and limit name of this API, so clients can tell which limit they hit. */
export function labelLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED; the cost rule's carry their limit.
  if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QueryLimitExceeded } };
  for (const [pattern, limit] of ARMOR_LIMITS) {
    const match = formatted.message.match(pattern);
    if (match) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QueryLimitExceeded, limit, max: Number(match[1]) } };
  }
  return formatted;
}
