import { memoizeWord } from "./memoize-word";

const LEGAL_SUFFIX = /\s+(co|company|corp|corporation|inc|incorporated|ltd|limited|plc|llc|sa|ag|gmbh|spa|nv|bv)(\s+(co|ltd|limited|inc))?$/;

/**
 * The form of a name used for lookups: accents removed, case folded, punctuation turned to spaces.
 * "Ángel Rodríguez Lagunilla" and "angel rodriguez lagunilla" share one key, as do "FOTON" and "Foton".
 * Each name is worked out once: extraction asks for the key of the same names many times an article.
 */
export const nameKey = memoizeWord(keyOf);

function keyOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The keys under which a name is found: its own key, and the key without a legal suffix ("Foton Motor Co." → "foton motor"). */
export function nameKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    keys.add(key);
    const bare = key.replace(LEGAL_SUFFIX, "");
    if (bare && bare !== key) keys.add(bare);
  }
  return [...keys];
}

/** Lucene refuses a query of more than 1,024 clauses; a long article has more name keys than that. */
const KEYS_PER_QUERY = 500;

/**
 * Name keys as Lucene queries for the node_name_keys full-text index: each key a quoted exact term,
 * any of them matching, at most KEYS_PER_QUERY keys per query. Keys hold only letters, digits and
 * spaces, but quotes and backslashes are escaped anyway so that no key can change a query's meaning.
 */
export function nameKeysQueries(keys: string[]): string[] {
  const queries: string[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    queries.push(
      keys
        .slice(i, i + KEYS_PER_QUERY)
        .map((key) => `"${key.replace(/["\\]/g, "\\$&")}"`)
        .join(" OR "),
    );
  }
  return queries;
}
