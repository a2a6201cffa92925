import type { SentenceScan } from "./sentence-scan";

/**
 * Headquarters: "Beijing-based Foton" (the next company, else the sentence's subject) and "based in" or
 * "headquartered in" a place (the last company before it). A place so used is no market or site of
 * the sentence's other facts.
 */
export function headquartersPattern(scan: SentenceScan): void {
  const companies = scan.mentionsOf("Company");
  for (const { ref, mention } of scan.mentionsOf("Market")) {
    const after = scan.text.slice(scan.local(mention.end));
    const before = scan.text.slice(0, scan.local(mention.start));
    let company: string | undefined;
    if (after.startsWith("-based")) company = companies.find(({ mention: m }) => m.start > mention.end)?.ref ?? scan.subject ?? undefined;
    else if (/\b(based|headquartered) in\s+$/.test(before)) company = companies.filter(({ mention: m }) => m.end < mention.start).at(-1)?.ref;
    if (company) {
      scan.excludedPlaces.add(ref);
      scan.fact("HEADQUARTERED_IN", company, ref, 0.85);
    }
  }
}
