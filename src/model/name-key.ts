const LEGAL_SUFFIX = /\s+(co|company|corp|corporation|inc|incorporated|ltd|limited|plc|llc|sa|ag|gmbh|spa|nv|bv)(\s+(co|ltd|limited|inc))?$/;

/**
 * The form of a name used for lookups: accents removed, case folded, punctuation turned to spaces.
 * "Ángel Rodríguez Lagunilla" and "angel rodriguez lagunilla" share one key, as do "FOTON" and "Foton".
 */
export function nameKey(name: string): string {
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
