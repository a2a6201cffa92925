import { latestDraft } from "../document-memory";
import { EVENT_APPEARANCE } from "../lexicon";
import { dateOfPhraseAt, placeAfter, vehiclesOfSentence, type SentenceScan } from "./sentence-scan";

const HAPPENING = /\b(launched|debuted|unveiled|premiered|(?:was |were )?(?:set up|established|formed|founded|started))\b/i;
const STARTING = /set up|established|formed|founded|started/i;

/** A launch's product and place: the sentence's first product, and the place right after the verb ("launched in Europe"). */
function launchDetails(scan: SentenceScan, eventRef: string, verbEnd: number): void {
  const product = vehiclesOfSentence(scan)[0];
  if (product) scan.fact("FEATURED", eventRef, product.ref, 0.55);
  const place = placeAfter(scan, verbEnd);
  if (place) scan.fact("LOCATED_IN", eventRef, place.ref, 0.55);
}

/**
 * Launches and starts: a launch or debut ("NP6 launched in Europe on January 26, 2021") and the start
 * of a partnership ("the partnership set up ... in September 2017"), each a dated event with the
 * company that took part. A launch at a show is left to the show's pattern; a start concerns the
 * latest agreement.
 */
export function launchesAndStartsPattern(scan: SentenceScan): void {
  const happening = scan.text.match(HAPPENING);
  const actor = scan.actor;
  if (!happening || !actor) return;
  const isStart = STARTING.test(happening[1]);
  if (EVENT_APPEARANCE.test(scan.text) && !isStart) return;
  const verbAt = happening.index ?? 0;
  const date = dateOfPhraseAt(scan, verbAt);
  if (!date) return;
  const name = `${isStart ? "start" : happening[1].toLowerCase()} (${date.text})`;
  const event = scan.draft("Event", name, { kind: isStart ? "PARTNERSHIP_START" : "LAUNCH" }, { date: { value: date.value, text: date.text } }, 0.55);
  scan.fact("PARTICIPATED_IN", actor, event.ref, 0.55);
  if (!isStart) return launchDetails(scan, event.ref, verbAt + happening[0].length);
  const agreement = latestDraft(scan.memory, "Agreement");
  if (agreement) scan.fact("CONCERNS", event.ref, agreement.ref, 0.55);
}
