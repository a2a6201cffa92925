import { nameKey } from "../model/name-key";
import type { EntityMention } from "./recognize-entities";

const DECLARATION = /([\p{Lu}][\p{L}.&’' -]+?),? (?:or|\()\s?([A-Z][A-Z0-9&]{1,6})\)?\b/gu;

/**
 * Acronyms the article declares for a company it names in full: "Contemporary Amperex Technology Co.
 * Ltd., or CATL" and "... (CATL)". Maps the acronym's key to the full name as the text gives it.
 */
export function declaredAcronyms(scanText: string, mentions: EntityMention[]): Map<string, string> {
  const acronymOf = new Map<string, string>();
  for (const match of scanText.matchAll(DECLARATION)) {
    const nameEnd = match.index + match[1].length;
    const longMention = mentions.find((m) => m.label === "Company" && m.end >= nameEnd - 1 && m.end <= nameEnd + 1);
    if (longMention) acronymOf.set(nameKey(match[2]), longMention.text);
  }
  return acronymOf;
}
