import { LEADS_UNIT, POSSESSIVE_APPOSITIVE, TITLE_BEFORE_NAME } from "../position-phrases";
import type { EntityMention } from "../recognize-entities";
import type { MentionRef, SentenceScan } from "./sentence-scan";

const APPOSITIVE_TITLE =
  /^,\s+((?:the\s+)?(?:[a-z][\w&-]*\s+){0,4}?(?:chief|president|vice president|director|chairman|ceo|cfo|cto|head|manager|founder|officer|executive|spokesperson|spokesman|spokeswoman|engineer|analyst|partner)\b[^,.;]*?)(?=,|\.|;|\s+(?:said|says|told)\b|$)/i;

interface Position {
  title?: string;
  unit?: string;
  employerRef?: string;
}

/** The company mention that starts at `local` (an offset in the sentence). */
const companyAt = (scan: SentenceScan, local: number) => scan.mentionsOf("Company").find(({ mention }) => scan.local(mention.start) === local)?.ref;

/**
 * A title in running text before the name ("Hanbit chief executive Park Ji-hoon", "Its head of Asia
 * business, Mei Lin Tan", "the CEO of Tarvik Motors, Vikram Desai"), or after it, possessed ("Roberto
 * Lima, Volantis's head of purchasing") or as a unit led ("Hanna de Vries, who leads Freightline's
 * fleet engineering unit"); "its" is the sentence's actor.
 */
function runningTitleOf(scan: SentenceScan, mention: EntityMention): Position | null {
  const before = scan.text.slice(0, scan.local(mention.start)).replace(/\s+$/, " ");
  const titled = before.match(TITLE_BEFORE_NAME);
  if (titled?.indices) {
    const [, holder, pronoun, title, after] = titled;
    const isPronoun = Boolean(pronoun) || /^(its|their)$/i.test(holder ?? "");
    const holderRef = holder && !isPronoun ? companyAt(scan, titled.indices[1][0]) : undefined;
    const employerRef = after ? companyAt(scan, titled.indices[4][0]) : (holderRef ?? (isPronoun ? (scan.actor ?? undefined) : undefined));
    const unit = title.match(/^[Hh]ead of (.+)$/)?.[1] ?? (holder && !holderRef && !isPronoun ? holder : undefined);
    return { title, unit, employerRef };
  }
  const after = scan.text.slice(scan.local(mention.end));
  const possessive = after.match(POSSESSIVE_APPOSITIVE);
  if (possessive?.indices) {
    const title = possessive[2];
    return { title, unit: title.match(/^[Hh]ead of (.+)$/)?.[1], employerRef: companyAt(scan, scan.local(mention.end) + possessive.indices[1][0]) };
  }
  const leads = after.match(LEADS_UNIT);
  if (!leads?.indices) return null;
  const employerRef = leads[1] ? companyAt(scan, scan.local(mention.end) + leads.indices[1][0]) : undefined;
  return { title: "head", unit: leads[2].trim() || undefined, employerRef };
}

/** The title a person is given and the company it names: before the name ("CEO Gerrit Marx") or in an appositive after it. */
function titleOf(scan: SentenceScan, mention: EntityMention): Position {
  const employerRef = mention.employer ? scan.mentionsOf("Company").find(({ mention: m }) => m.text === mention.employer)?.ref : undefined;
  if (mention.title) return { title: mention.title, employerRef };
  const running = runningTitleOf(scan, mention);
  if (running) return running;
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
  return before.at(-1)?.ref ?? companies.find(({ mention: m }) => m.start > mention.end)?.ref ?? scan.actor ?? undefined;
}

/**
 * Positions: a person with a title ("Chairman Chang Rui", "Roberto Talavera, director of batteries at
 * CATL", "Volantis's head of purchasing, Roberto Lima", "Hanna de Vries, who leads Freightline's
 * fleet unit") holds it at the company named with the title, else at the nearest company of the
 * clause, else at the company "its" refers to.
 * A title the recogniser split off the name is surer (0.9) than one read from the context (0.75).
 */
export function positionsPattern(scan: SentenceScan): void {
  const people: MentionRef[] = scan.people.filter((item, index) => scan.people.findIndex((other) => other.ref === item.ref) === index);
  for (const { ref, mention } of people) {
    const { title, unit, employerRef: named } = titleOf(scan, mention);
    if (!title) continue;
    const employerRef = named ?? nearestEmployer(scan, mention);
    const unitName = mention.unit ?? unit;
    if (employerRef)
      scan.fact("HOLDS_POSITION", ref, employerRef, mention.employer ? 0.9 : 0.75, {
        title: title.replace(/\s+/g, " "),
        ...(unitName ? { unit: unitName } : {}),
      });
  }
}
