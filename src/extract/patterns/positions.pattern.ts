import { AS_TITLE, LEADS_UNIT, POSSESSIVE_APPOSITIVE, RUNS_COMPANY, TITLE_BEFORE_NAME, TITLE_BY_VERB } from "../position-phrases";
import type { EntityMention } from "../recognize-entities";
import type { MentionRef, SentenceScan } from "./sentence-scan";

const APPOSITIVE_TITLE =
  /^,\s+((?:the\s+)?(?:[a-z][\w&-]*\s+){0,4}?(?:chief|president|vice president|director|chairman|ceo|cfo|cto|head|manager|founder|officer|executive|spokesperson|spokesman|spokeswoman|engineer|analyst|partner)\b[^,.;]*?)(?=,|\.|;|\s+(?:said|says|told)\b|$)/di;

interface Position {
  title?: string;
  unit?: string;
  employerRef?: string;
  /** The phrase names the employer ("Aurelia Bus's", "at kobalt energy") but no company mention is there: no other company may stand in. */
  namesUnknownEmployer?: boolean;
}

/** The company mention that starts at `local` (an offset in the sentence), however it is written ("kobalt energy"). */
const companyMentionAt = (scan: SentenceScan, local: number) => scan.mentionsOf("Company").find(({ mention }) => scan.local(mention.start) === local);
const companyAt = (scan: SentenceScan, local: number) => companyMentionAt(scan, local)?.ref;

/** "Purchasing director": the words before the title's head name the unit, unless they rank it ("senior", "deputy"). */
const RANK = /^(?:senior|junior|deputy|executive|acting|interim|former|assistant|associate|joint|global|group|new|chief|vice)$/i;
function unitOfTitle(title: string): string | undefined {
  const headOf = title.match(/^[Hh]ead of (.+)$/)?.[1];
  if (headOf) return headOf;
  const qualifier = title.match(/^([a-z][\w-]*) (?:director|manager|head|chief)$/i)?.[1];
  return qualifier && !RANK.test(qualifier) ? qualifier : undefined;
}

/** "At Hanbit, chief technology officer ...": the company a sentence opens with, which a title after it belongs to. */
function openerCompany(scan: SentenceScan): string | undefined {
  const opener = scan.text.match(/^\s*[Aa]t\s+/);
  const mention = opener ? companyMentionAt(scan, opener[0].length) : undefined;
  return mention && /^,/.test(scan.text.slice(scan.local(mention.mention.end))) ? mention.ref : undefined;
}

/** Whose "its" a title is: a sentence opening "Its head of Europe, ..." goes on about the company before it, not one it names later. */
function pronounCompany(scan: SentenceScan, at: number): string | undefined {
  const firstCompany = scan.mentionsOf("Company")[0];
  const opens = /^\s*["“]?\s*$/.test(scan.text.slice(0, at)) && (!firstCompany || scan.local(firstCompany.mention.start) > at);
  return (opens ? scan.referred : scan.actor) ?? undefined;
}

/** A title before the name: "Hanbit chief executive", "Its head of Asia business,", "the CEO of Tarvik Motors,", "Operations director", ", said Chief Executive". */
function titleBefore(scan: SentenceScan, mention: EntityMention): Position | null {
  const before = scan.text.slice(0, scan.local(mention.start)).replace(/\s+$/, " ");
  const titled = before.match(TITLE_BEFORE_NAME);
  if (!titled?.indices) return null;
  const [, holder, pronoun, title, after] = titled;
  const isPronoun = Boolean(pronoun) || /^(its|their)$/i.test(holder ?? "");
  const holderRef = holder && !isPronoun ? companyAt(scan, titled.indices[1][0]) : undefined;
  const employerRef = after
    ? companyAt(scan, titled.indices[4][0])
    : (holderRef ?? (isPronoun ? pronounCompany(scan, titled.index ?? 0) : undefined) ?? openerCompany(scan));
  if (holder && !holderRef && !isPronoun) return { title: `${holder} ${title}`, unit: holder, employerRef };
  return { title, unit: unitOfTitle(title), employerRef };
}

/** "Lena Ortiz, who runs Volta Cells as chief executive": the company by its mention, however it is written. */
function runsCompanyAs(scan: SentenceScan, mention: EntityMention): Position | null {
  const after = scan.text.slice(scan.local(mention.end));
  const runs = after.match(RUNS_COMPANY);
  const company = runs ? companyMentionAt(scan, scan.local(mention.end) + runs[0].length) : undefined;
  const as = company ? scan.text.slice(scan.local(company.mention.end)).match(AS_TITLE) : null;
  return as ? { title: as[1], unit: unitOfTitle(as[1]), employerRef: company!.ref } : null;
}

/** "Lena Ortiz is chief executive of Volta Cells", "was appointed its CEO": the company after "of" or "at" by its mention, else the nearest one. */
function titleByVerb(scan: SentenceScan, mention: EntityMention): Position | null {
  const given = scan.text.slice(scan.local(mention.end)).match(TITLE_BY_VERB);
  if (!given) return null;
  const employerRef = given[2] ? companyAt(scan, scan.local(mention.end) + given[0].length) : undefined;
  return { title: given[1], unit: unitOfTitle(given[1]), employerRef };
}

/**
 * A title in running text before the name ("Hanbit chief executive Park Ji-hoon", "Its head of Asia
 * business, Mei Lin Tan", "the CEO of Tarvik Motors, Vikram Desai", "At Hanbit, chief technology
 * officer Park Ji-hoon"), or after it, possessed ("Roberto Lima, Volantis's head of purchasing"), as a
 * unit led ("Hanna de Vries, who leads Freightline's fleet engineering unit") or a company run ("who
 * runs Volta Cells as chief executive"); "its" and "the group's" are the sentence's actor.
 */
function runningTitleOf(scan: SentenceScan, mention: EntityMention): Position | null {
  const before = titleBefore(scan, mention) ?? runsCompanyAs(scan, mention) ?? titleByVerb(scan, mention);
  if (before) return before;
  const after = scan.text.slice(scan.local(mention.end));
  const possessive = after.match(POSSESSIVE_APPOSITIVE);
  if (possessive?.indices) {
    const title = possessive[3];
    const employerRef = possessive[1] ? companyAt(scan, scan.local(mention.end) + possessive.indices[1][0]) : (scan.actor ?? undefined);
    return { title, unit: unitOfTitle(title), employerRef, namesUnknownEmployer: Boolean(possessive[1]) && !employerRef };
  }
  const leads = after.match(LEADS_UNIT);
  if (!leads?.indices) return null;
  const employerRef = leads[1] ? companyAt(scan, scan.local(mention.end) + leads.indices[1][0]) : leads[2] ? (scan.actor ?? undefined) : undefined;
  return { title: "head", unit: leads[3].trim() || undefined, employerRef };
}

/** "Lena Ortiz, the chief executive of volta cells,": the title without its article, and the company after "at", "of" or "for" by its mention. */
function appositiveTitleOf(scan: SentenceScan, mention: EntityMention, employerRef: string | undefined): Position {
  const after = scan.text.slice(scan.local(mention.end));
  const appositive = after.match(APPOSITIVE_TITLE);
  if (!appositive?.indices) return { employerRef };
  const phraseStart = scan.local(mention.end) + appositive.indices[1][0];
  const phraseEnd = scan.local(mention.end) + appositive.indices[1][1];
  const companies = scan.mentionsOf("Company").filter(({ mention: m }) => scan.local(m.start) >= phraseStart && scan.local(m.start) < phraseEnd);
  const leading = companies.find(
    ({ mention: m }) => scan.local(m.start) === phraseStart || /^(?:the\s+)$/i.test(scan.text.slice(phraseStart, scan.local(m.start))),
  );
  const linked = companies.find(({ mention: m }) => /\s(?:at|of|for)\s+$/.test(scan.text.slice(phraseStart, scan.local(m.start))));
  let title = appositive[1];
  if (linked) title = scan.text.slice(phraseStart, scan.local(linked.mention.start)).replace(/\s+(?:at|of|for)\s+$/, "");
  else title = title.replace(/\s+(?:at|of|for)\s+[A-Z][\s\S]*$/, "");
  if (leading) title = scan.text.slice(scan.local(leading.mention.end), phraseStart + title.length).replace(/^['’]s/, "");
  title = title
    .replace(/\s+in\s+[A-Z]\w*$/, "")
    .replace(/^\s*(?:the|a|an)\s+/i, "")
    .trim();
  const employer = employerRef ?? leading?.ref ?? linked?.ref;
  const namesEmployer = /\s(?:at|for)\s+\S|\sof\s+\p{Lu}/u.test(appositive[1]);
  return { title, unit: unitOfTitle(title), employerRef: employer, namesUnknownEmployer: namesEmployer && !employer };
}

/** The title a person is given and the company it names: before the name ("CEO Gerrit Marx") or in an appositive after it. */
function titleOf(scan: SentenceScan, mention: EntityMention): Position {
  const employerRef = mention.employer ? scan.mentionsOf("Company").find(({ mention: m }) => m.text === mention.employer)?.ref : undefined;
  if (mention.title) return { title: mention.title, employerRef: employerRef ?? openerCompany(scan) };
  return runningTitleOf(scan, mention) ?? appositiveTitleOf(scan, mention, employerRef);
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
    const { title, unit, employerRef: named, namesUnknownEmployer } = titleOf(scan, mention);
    if (!title || namesUnknownEmployer) continue;
    const employerRef = named ?? nearestEmployer(scan, mention);
    const unitName = mention.unit ?? unit;
    if (employerRef)
      scan.fact("HOLDS_POSITION", ref, employerRef, mention.employer ? 0.9 : 0.75, {
        title: title.replace(/\s+/g, " "),
        ...(unitName ? { unit: unitName } : {}),
      });
  }
}
