import { nameKey } from "../model/name-key";
import { INDUSTRY_ENDINGS, LEGAL_SUFFIXES } from "./lexicon";

/** Legal forms left out of a new company's name (kept as an alias): "Volta Cells GmbH" is named Volta Cells. */
export const LEGAL_FORMS =
  /(?:,?\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|plc|AG|SE|S\.?A\.?|N\.?V\.?|S\.?p\.?A\.?|GmbH|AB|Oy|ASA|B\.?V\.?|S\.?r\.?l\.?|Sp\.?(?: z o\.o\.)?|Pte\.?|Pty\.?|K\.?K\.?|Ltda\.?|SAS|a\.s\.|s\.r\.o\.))+$/;

/** Name tokens without legal endings: "Beiqi Foton Motor Co." → [beiqi, foton]; "Iveco Group" keeps "group". */
export function coreTokens(name: string): string[] {
  const tokens = nameKey(name.replace(LEGAL_FORMS, "") || name)
    .split(" ")
    .filter(Boolean);
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens;
}

/** True when `longer` names the same company as `shorter` with at most one extra leading word ("Beiqi Foton" ~ "Foton"). */
export function extendsName(longer: string[], shorter: string[]): boolean {
  if (longer.length <= shorter.length || longer.length - shorter.length > 1 || shorter.length === 0) return false;
  return shorter.every((token, i) => longer[longer.length - shorter.length + i] === token);
}

/** Last words that make a name a group over its brands: "IVECO" is not short for "Iveco Group". */
const GROUP_WORDS = new Set(["group", "holding", "holdings", "industries", "capital", "international"]);

/**
 * True when `shorter` is the first word of a two- or three-word `longer` name, as news writes a
 * company again ("Tarvik" for "Tarvik Motors"), or a three-word name without its industry ending
 * ("Alpen-Trans" for "Alpen-Trans Logistik"), unless the longer name is a group's ("Iveco Group").
 */
export function isHeadShortForm(longer: string[], shorter: string[]): boolean {
  const last = longer[longer.length - 1];
  if (shorter.length === 0 || longer.length < 2 || longer.length > 3 || GROUP_WORDS.has(last)) return false;
  // "Alpen-Trans" for "Alpen-Trans Logistik": a name of two words without its industry ending.
  if (shorter.length === 2) return longer.length === 3 && INDUSTRY_ENDINGS.has(last) && shorter.every((token, i) => longer[i] === token);
  return shorter.length === 1 && longer[0] === shorter[0] && shorter[0].length >= 4;
}
