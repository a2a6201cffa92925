import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * True when an Authorization header carries one of the configured keys as a bearer token. Keys are
 * compared as SHA-256 digests with timingSafeEqual, so the time taken says nothing about how much of
 * a key was right, and every key is checked whatever the outcome.
 */
export function bearerKeyMatches(header: string | undefined, keys: string[]): boolean {
  const token = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!token) return false;
  const presented = digest(token);
  let matched = false;
  for (const key of keys) matched = timingSafeEqual(presented, digest(key)) || matched;
  return matched;
}
