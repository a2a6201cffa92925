import type { FactRelationshipType } from "../../model/graph-model";
import type { SentenceScan } from "./sentence-scan";

type LinkType = Extract<FactRelationshipType, "DIVISION_OF" | "SUBSIDIARY_OF" | "BRAND_OF">;

const LINK_BY_NOUN: Readonly<Record<string, LinkType>> = {
  division: "DIVISION_OF",
  unit: "DIVISION_OF",
  arm: "DIVISION_OF",
  subsidiary: "SUBSIDIARY_OF",
  brand: "BRAND_OF",
};

/** "IVECO, the commercial vehicle brand of Iveco Group" / "Foton is a subsidiary of BAIC". */
const APPOSITIVE_LINK = /(?:,\s+|\s+is\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(division|subsidiary|unit|brand|arm)\s+of\s+/gi;
/** "Iveco Group's commercial vehicle brand IVECO". */
const POSSESSIVE_LINK = /\b([A-Z][\w-]*(?: [A-Z][\w-]*)*)['’]s\s+(?:[\w-]+\s+){0,3}?(brand|subsidiary|division|unit)\s+/g;

/**
 * Corporate links: a company described as a division, unit, arm, subsidiary or brand of another, in
 * an appositive or a possessive. The child is the company next to the description, the parent the
 * one it names.
 */
export function corporateLinksPattern(scan: SentenceScan): void {
  const companies = scan.mentionsOf("Company");
  for (const match of scan.text.matchAll(APPOSITIVE_LINK)) {
    const at = scan.sentence.start + match.index;
    const child = companies.filter(({ mention }) => mention.end <= at).at(-1);
    const parent = companies.find(({ mention }) => mention.start >= at + match[0].length - 1);
    if (child && parent) scan.fact(LINK_BY_NOUN[match[1].toLowerCase()], child.ref, parent.ref, 0.85);
  }
  for (const match of scan.text.matchAll(POSSESSIVE_LINK)) {
    const at = scan.sentence.start + match.index;
    const parent = companies.find(({ mention }) => mention.end === at + match[1].length);
    const child = companies.find(({ mention }) => mention.start >= at + match[0].length - 1);
    if (child && parent) scan.fact(LINK_BY_NOUN[match[2].toLowerCase()], child.ref, parent.ref, 0.8);
  }
}
