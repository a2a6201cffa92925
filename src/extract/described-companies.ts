import { TITLE_HEAD_WORDS } from "./lexicon";
import { findPlace } from "./places-gazetteer";
import type { EntityMention } from "./recognize-entities";
import type { Sentence } from "./split-sentences";

/**
 * A trade descriptor and the name after it: "cell maker DYNAcell", "charging operator enerGrid",
 * "Battery maker nordcell AB", "coach builder Kestova Bus a.s.", "logistics group TransAndes Cargo".
 * The name is one to three words, capitalised or in any case with a capital inside ("enerGrid"), or
 * a lower-case word with a legal form after it ("nordcell AB"), and may end in a legal form.
 */
const DESCRIPTOR =
  /^(?:maker|makers|builder|manufacturer|supplier|operator|carrier|group|specialist|provider|producer|start-?up|firm|company|integrator|forwarder|distributor)$/i;
const DESCRIBED_NAME = new RegExp(
  String.raw`\b(?:[A-Za-z-]+\s+)?(?:${DESCRIPTOR.source.slice(4, -2)})\s+` +
    String.raw`((?:\p{Lu}[\p{L}\p{N}&'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}&-]*)(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,2}|\p{Ll}[\p{Ll}\p{N}-]+(?=\s+(?:AB|AG|SA|S\.A\.|a\.s\.|GmbH|Ltd|Inc|Co|Corp|LLC|SAS|S\.p\.A\.|Oy|ASA|BV|NV|plc|Pte)\b))` +
    String.raw`(\s+(?:AB|AG|SA|S\.A\.|a\.s\.|s\.r\.o\.|GmbH|Ltd\.?|Inc\.?|Co\.|Corp\.?|LLC|SAS|S\.p\.A\.|Oy|ASA|BV|NV|plc|Pte\.?))?`,
  "gu",
);

/** One or two lower-case words and a legal form: "kobalt energy AB", "voltis a.s.". */
const LOWERCASE_LEGAL_NAME =
  /(?<![\p{L}\p{N}-])(\p{Ll}[\p{Ll}\p{N}-]+(?:\s+\p{Ll}[\p{Ll}\p{N}-]+)?)\s+(AB|AG|GmbH|SAS|S\.A\.|Inc\.|Ltd\.?|a\.s\.|s\.r\.o\.|Oy|ASA|plc|LLC|Corp\.)(?![\p{L}])/gu;

/** Words that may follow a descriptor without being a name: "maker Chief Executive ...", "supplier In ...". */
const NOT_A_NAME = /^(?:the|a|an|in|of|for|and|to|with|from|on|at|by|this|that|its|their|which|who|said|says|has|have|will)$/i;

/**
 * Companies the text introduces by their trade ("cell maker DYNAcell"), whatever the case of their
 * name: a mention for each one no other mention already covers. A company mention that only covers
 * the descriptor ("Battery" of "Battery maker nordcell AB") is dropped.
 */
export function describedCompanies(documentText: string, sentence: Sentence, mentions: EntityMention[]): EntityMention[] {
  const added: EntityMention[] = [];
  const dropped = new Set<EntityMention>();
  for (const match of sentence.text.matchAll(DESCRIBED_NAME)) {
    const name = match[1];
    const first = name.split(/\s+/)[0];
    if (NOT_A_NAME.test(first) || TITLE_HEAD_WORDS.has(first.toLowerCase()) || findPlace(name) || findPlace(first)) continue;
    const start = sentence.start + match.index + match[0].length - name.length - (match[2]?.length ?? 0);
    const end = start + name.length + (match[2]?.length ?? 0);
    const descriptorStart = sentence.start + match.index;
    for (const mention of mentions) if (mention.label === "Company" && mention.start >= descriptorStart && mention.end <= start) dropped.add(mention);
    const overlapping = mentions.filter((mention) => mention.start < end && start < mention.end);
    if (overlapping.some((mention) => mention.label !== "Company" || (mention.start <= start && mention.end >= end))) continue;
    for (const mention of overlapping) dropped.add(mention);
    added.push({ label: "Company", text: documentText.slice(start, end), start, end, sentence: sentence.index, confidence: 0.7 });
  }
  for (const match of sentence.text.matchAll(LOWERCASE_LEGAL_NAME)) {
    // "maker nordcell AB": a trade word before the name is not part of it.
    const words = match[1].split(/\s+/);
    const name = words.length === 2 && (DESCRIPTOR.test(words[0]) || NOT_A_NAME.test(words[0])) ? words[1] : match[1];
    if (NOT_A_NAME.test(name.split(/\s+/)[0])) continue;
    const end = sentence.start + match.index + match[0].length;
    const start = end - match[2].length - name.length - (match[0].length - match[1].length - match[2].length);
    // "ohmly Inc.": a company mention of the legal form alone ("Inc.") is part of the name, not a company.
    for (const mention of mentions) if (mention.label === "Company" && mention.start >= end - match[2].length && mention.end <= end) dropped.add(mention);
    if ([...mentions, ...added].some((mention) => mention.start < end && start < mention.end && !dropped.has(mention))) continue;
    added.push({ label: "Company", text: documentText.slice(start, end), start, end, sentence: sentence.index, confidence: 0.7 });
  }
  if (added.length === 0 && dropped.size === 0) return mentions;
  return [...mentions.filter((mention) => !dropped.has(mention)), ...added].sort((a, b) => a.start - b.start);
}
