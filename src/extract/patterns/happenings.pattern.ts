import { isDraftOf, latestDraft } from "../document-memory";
import { EVENT_APPEARANCE } from "../lexicon";
import type { SentenceScan } from "./sentence-scan";

const HAPPENING = /\b(launched|debuted|unveiled|premiered|(?:was |were )?(?:set up|established|formed|founded|started))\b/i;
const STARTING = /set up|established|formed|founded|started/i;

/** A launch's product and place: the sentence's first product, and the place right after the verb ("launched in Europe"). */
function launchDetails(scan: SentenceScan, eventRef: string, verbAt: number): void {
  const product = scan.memory.drafts.filter(isDraftOf("Vehicle")).find((d) => d.sentence === scan.sentence.index);
  if (product) scan.fact("FEATURED", eventRef, product.ref, 0.55);
  const where = scan.text.slice(verbAt).match(/^\w+\s+in\s+([A-Z][\p{L}]+)/u);
  const place = where ? scan.mentionsOf("Market").find(({ mention }) => mention.text === where[1]) : undefined;
  if (place) scan.fact("LOCATED_IN", eventRef, place.ref, 0.55);
}

/**
 * Dated happenings: a launch or debut ("NP6 launched in Europe on January 26, 2021") and the start of
 * a partnership ("the partnership set up ... in September 2017"), each an event with its date and the
 * company that took part. A launch at a show is left to the show's pattern; a start concerns the
 * latest agreement.
 */
export function happeningsPattern(scan: SentenceScan): void {
  const happening = scan.text.match(HAPPENING);
  const actor = scan.companies[0] ?? scan.subject ?? scan.memory.focusCompany();
  if (!happening || !scan.dates.length || !actor) return;
  const isStart = STARTING.test(happening[1]);
  if (EVENT_APPEARANCE.test(scan.text) && !isStart) return;
  const verbAt = happening.index ?? 0;
  const date = scan.dates.find((found) => found.start > verbAt) ?? scan.dates[0];
  const name = `${isStart ? "start" : happening[1].toLowerCase()} (${date.text})`;
  const event = scan.draft("Event", name, { kind: isStart ? "PARTNERSHIP_START" : "LAUNCH" }, { date: { value: date.value, text: date.text } }, 0.55);
  scan.fact("PARTICIPATED_IN", actor, event.ref, 0.55);
  if (!isStart) return launchDetails(scan, event.ref, verbAt);
  const agreement = latestDraft(scan.memory, "Agreement");
  if (agreement) scan.fact("CONCERNS", event.ref, agreement.ref, 0.55);
}
