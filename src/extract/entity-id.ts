import type { EntityLabel } from "../model/graph-model";
import { nameKey } from "../model/name-key";

/** A name as an id part: its name key, hyphenated, at most 60 characters. */
export const slug = (text: string) => nameKey(text).replace(/\s+/g, "-").slice(0, 60).replace(/-+$/, "") || "x";

/**
 * The id a new entity gets: its label in lower case and its name as a slug ("company:volta-cells"),
 * with a suffix when the plain id is taken or the entity is local to one document.
 */
export function entityId(label: EntityLabel, name: string, suffix?: string | number): string {
  return `${label.toLowerCase()}:${slug(name)}${suffix === undefined ? "" : `-${suffix}`}`;
}
