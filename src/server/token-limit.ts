import type express from "express";
import { Lexer, Source, TokenKind } from "graphql";
import { QueryLimitError } from "../errors";

/** How many tokens a query has, stopping at `stopAt`; null when it cannot be read (the parser reports that). */
export function countTokens(query: string, stopAt: number): number | null {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF && count < stopAt; token = lexer.advance()) count += 1;
  } catch {
    return null;
  }
  return count;
}

/** Counting stops at this many times the limit: lexing a 1 MB body to the end would cost more than the refusal saves. */
const COUNT_UP_TO = 10;

/** The refusal of a query over `max` tokens, giving the count (up to ten times the limit; "at least" beyond); null when it is within the limit. */
export function tokenLimitError(query: string, max: number): QueryLimitError | null {
  const stopAt = max * COUNT_UP_TO + 1;
  const count = countTokens(query, stopAt);
  return count !== null && count > max ? new QueryLimitError("tokens", count, max, { atLeast: count >= stopAt }) : null;
}

/**
 * Refuses a request whose query has more than `max` tokens before it is parsed, with a 400 and
 * QUERY_LIMIT_EXCEEDED. Checking in front of Apollo keeps the refusal cheap and a 4xx.
 */
export function tokenLimit(max: number): express.RequestHandler {
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    for (const operation of operations) {
      const query = (operation as { query?: unknown } | null)?.query;
      const refusal = typeof query === "string" ? tokenLimitError(query, max) : null;
      if (refusal) {
        const { message, extensions } = refusal;
        res.status(400).json({ errors: [{ message, extensions }] });
        return;
      }
    }
    next();
  };
}
