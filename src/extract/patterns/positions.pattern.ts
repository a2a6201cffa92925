import type { EntityMention } from "../recognize-entities";
import type { MentionRef, SentenceScan } from "./sentence-scan";

const APPOSITIVE_TITLE =
  /^,\s+((?:the\s+)?(?:[a-z][\w&-]*\s+){0,4}?(?:chief|president|vice president|director|chairman|ceo|cfo|cto|head|manager|founder|officer|executive|spokesperson|spokesman|spokeswoman|engineer|analyst|partner)\b[^,.;]*?)(?=,|\.|;|\s+(?:said|says|told)\b|$)/i;

/** The title a person is given and the company it names: before the name ("CEO Gerrit Marx") or in an appositive after it. */
function titleOf(scan: SentenceScan, mention: EntityMention): { title?: string; employerRef?: string } {
  const employerRef = mention.employer ? scan.mentionsOf("Company").find(({ mention: m }) => m.text === mention.employer)?.ref : undefined;
  if (mention.title) return { title: mention.title, employerRef };
  const after = scan.text.slice(scan.local(mention.end));
  const appositive = after.match(APPOSITIVE_TITLE);
  if (!appositive) return { employerRef };
  const title = appositive[1]
    .replace(/\s+(?:at|of|for)\s+[A-Z][\s\S]*$/, "")
    .replace(/\s+in\s+[A-Z]\w*$/, "")
    .trim();
  if (employerRef) return { title, employerRef };
  const employerMatch = appositive[1].match(/\s(?:at|of|for)\s+([A-Z][\w.&’' -]*?)(?:\s+in\s|$)/);
  const start = employerMatch ? scan.sentence.start + scan.local(mention.end) + after.indexOf(employerMatch[1]) : -1;
  return { title, employerRef: scan.mentionsOf("Company").find(({ mention: m }) => m.start === start)?.ref };
}

/** With no company named with the title: the last company before the person in the clause, else the next one, else the article's. */
function nearestEmployer(scan: SentenceScan, mention: EntityMention): string | undefined {
  const clauseStart = scan.text.lastIndexOf(";", scan.local(mention.start)) + 1;
  const companies = scan.mentionsOf("Company");
  const before = companies.filter(({ mention: m }) => scan.local(m.start) >= clauseStart && m.start < mention.start);
  return before.at(-1)?.ref ?? companies.find(({ mention: m }) => m.start > mention.end)?.ref ?? scan.memory.focusCompany() ?? undefined;
}

/**
 * Positions: a person with a title ("Chairman Chang Rui", "Roberto Talavera, director of batteries at
 * CATL") holds it at the company named with the title, else at the nearest company of the clause.
 * A title the recogniser split off the name is surer (0.9) than one read from the context (0.75).
 */
export function positionsPattern(scan: SentenceScan): void {
  const people: MentionRef[] = scan.people.filter((item, index) => scan.people.findIndex((other) => other.ref === item.ref) === index);
  for (const { ref, mention } of people) {
    const { title, employerRef: named } = titleOf(scan, mention);
    if (!title) continue;
    const employerRef = named ?? nearestEmployer(scan, mention);
    if (employerRef)
      scan.fact("HOLDS_POSITION", ref, employerRef, mention.employer ? 0.9 : 0.75, {
        title: title.replace(/\s+/g, " "),
        ...(mention.unit ? { unit: mention.unit } : {}),
      });
  }
}
