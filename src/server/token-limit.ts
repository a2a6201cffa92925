import type express from "express";
import { Lexer, Source, TokenKind } from "graphql";
import { ErrorCode } from "../errors";

/** How many tokens a query has, stopping at `max + 1`; null when it cannot be read (the parser reports that). */
export function countTokens(query: string, max: number): number | null {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF && count <= max; token = lexer.advance()) count += 1;
  } catch {
    return null;
  }
  return count;
}

/**
 * Refuses a request whose query has more than `max` tokens before it is parsed, with a 400 and
 * QUERY_LIMIT_EXCEEDED. graphql-armor's Apollo plugin does the same from inside Apollo, where a
 * refusal (and any syntax error) comes out as a 500; checking in front of Apollo keeps both 4xx.
 */
export function tokenLimit(max: number): express.RequestHandler {
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    for (const operation of operations) {
      const query = (operation as { query?: unknown } | null)?.query;
      if (typeof query !== "string") continue;
      const count = countTokens(query, max);
      if (count !== null && count > max) {
        res.status(400).json({
          errors: [
            {
              message: `The query has more than ${max} tokens, over the limit (MAX_TOKENS); send a shorter query.`,
              extensions: { code: ErrorCode.QueryLimitExceeded, limit: "tokens", max },
            },
          ],
        });
        return;
      }
    }
    next();
  };
}
