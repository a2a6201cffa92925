/** Titles in running text; each word may be capitalised ("Operations director", "Chief Executive"). */
const TITLES = [
  "chief \\w+(?: \\w+)? officer",
  "chief executive",
  "vice president",
  "vice-president",
  "president",
  "managing director",
  "director",
  "chairman",
  "chairwoman",
  "chair",
  "general manager",
  "manager",
  "founder",
  "co-founder",
  "spokesperson",
  "spokesman",
  "spokeswoman",
];
const capitalisable = (title: string) => title.replace(/(^| )([a-z])/g, (_, space: string, c: string) => `${space}[${c}${c.toUpperCase()}]`);
/** A title, with "head of purchasing" and "CEO"-style abbreviations. */
const TITLE = `(?:${TITLES.map(capitalisable).join("|")}|[Hh]ead(?: of (?:[\\p{L}&]+ ){0,2}?[\\p{L}&]+)?|CEO|CFO|COO|CTO|CIO)`;
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&.-]*";
/** "its", "their", "the group's": a company named before, in the possessive. */
const REFERRING =
  "[Ii]ts|[Tt]heir|[Tt]he (?:company|group|firm|automaker|carmaker|truck ?maker|bus ?maker|manufacturer|supplier|operator|carrier|builder)['’]s";
/** A word qualifying a title ("purchasing director"), never a verb or a conjunction ("said chief executive"). */
const QUALIFIER = "(?!(?:said|says|told|added|the|a|an|and|or|as|by|to|with|from|for)\\b)[a-z]+ ";

/**
 * A title right before a name, and who holds it: "Volantis's head of purchasing, ", "Hanbit chief
 * executive ", "Its chief executive ", "the CEO of Tarvik Motors, ", "Operations director ".
 * Groups: 1 the company before the title (with or without "'s"), 2 a pronoun ("its"), 3 the title,
 * 4 the company after "of" or "at".
 */
export const TITLE_BEFORE_NAME = new RegExp(
  `(?:((?:${NAME_WORD} ){0,3}${NAME_WORD})(?:['’]s)? |\\b(${REFERRING}) |(?:^|, |\\b(?:the|a|an|said|says|told) ))((?:${QUALIFIER})?${TITLE})(?: (?:of|at) (${NAME_WORD}(?: ${NAME_WORD}){0,4}))?,? ?$`,
  "du",
);

/**
 * "Hanna de Vries, who leads Freightline's fleet engineering unit", "who heads the group's battery
 * unit": group 1 the company, group 2 a reference to a company named before, group 3 the unit.
 */
export const LEADS_UNIT = new RegExp(
  `^,\\s+who\\s+(?:leads|heads|runs|manages)\\s+(?:((?:${NAME_WORD} ){0,3}${NAME_WORD})['’]s\\s+|(${REFERRING})\\s+|the\\s+)?((?:[\\p{L}-]+ ){0,3}?)(?:unit|division|business|department|team|operations)\\b`,
  "du",
);

/** "Lena Ortiz is chief executive of ", "was appointed CEO at ": a title given by a verb; group 1 the title, group 2 "of" or "at" before the company. */
export const TITLE_BY_VERB = new RegExp(
  `^\\s+(?:was named|was appointed|has been appointed|has been named|has been|will become|became|becomes|serves as|served as|is|was)\\s+(?:the\\s+|its\\s+)?((?:${QUALIFIER})?${TITLE})\\b(\\s+(?:of|at)\\s+)?`,
  "u",
);

/** ", who runs " before a company and " as chief executive" after it: the company is found by its mention. */
export const RUNS_COMPANY = /^,\s+who\s+(?:leads|heads|runs|manages|chairs)\s+/;
/** What follows the company a person runs: " as chief executive", " as its CEO". Group 1 the title. */
export const AS_TITLE = new RegExp(`^\\s+as\\s+(?:(?:its|their|the)\\s+)?((?:${QUALIFIER})?${TITLE})\\b`, "u");

/**
 * "Roberto Lima, Volantis's head of purchasing", "Lena Ortiz, the company's chief executive": group 1
 * the company, group 2 the title, group 3 a reference to a company named before.
 */
export const POSSESSIVE_APPOSITIVE = new RegExp(
  `^,\\s+(?:((?:${NAME_WORD} ){0,3}${NAME_WORD})['’]s\\s+|(${REFERRING})\\s+)((?:${QUALIFIER})?${TITLE})\\b`,
  "du",
);

/** ", chief commercial officer at", ", Aurelia Bus's purchasing director": a title in apposition after a name. */
const APPOSITIVE = new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’&-]+\\s+){0,4}?${TITLE}\\b`, "u");

/** A name after "said", before a title in apposition, or after a title is a person's: "said Claire Dumas", "Jonas Ek, chief commercial officer". */
export function isPersonContext(preceding: string, following: string): boolean {
  if (/\b(?:said|says|told|according to)\s+$/.test(preceding)) return true;
  if (LEADS_UNIT.test(following) || APPOSITIVE.test(following)) return true;
  return TITLE_BEFORE_NAME.test(preceding.replace(/\s+/g, " ").replace(/^ /, ""));
}
