import type { EntityLabel } from "../model/graph-model";
import { nameKey } from "../model/name-key";

/** Latin letters that no Unicode decomposition turns into ASCII ("Wrocław", "Tromsø", "Straße"), and what they become in an id. */
const FOLDED: Readonly<Record<string, string>> = { ł: "l", ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h" };

/** A name as an id part: its name key in ASCII letters and digits, hyphenated, at most 60 characters. */
export const slug = (text: string) =>
  nameKey(text)
    .replace(/[łøæœßđðþıħ]/g, (letter) => FOLDED[letter])
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 60)
    .replace(/-+$/, "") || "x";

/**
 * The id a new entity gets: its label in lower case and its name as a slug ("company:volta-cells"),
 * with a suffix when the plain id is taken or the entity is local to one document.
 */
export function entityId(label: EntityLabel, name: string, suffix?: string | number): string {
  return `${label.toLowerCase()}:${slug(name)}${suffix === undefined ? "" : `-${suffix}`}`;
}
