import { isDraftOf } from "../document-memory";
import { EVENT_APPEARANCE } from "../lexicon";
import { placeAfter, vehiclesOfSentence, type SentenceScan } from "./sentence-scan";

/**
 * Event appearances: "at the IFAT 2022 expo", "during Auto Shanghai". The show is an event (one per
 * name in the article) the sentence's company took part in, featuring the sentence's latest product,
 * held in the place named right after it.
 */
export function eventAppearancesPattern(scan: SentenceScan): void {
  const appearance = scan.text.match(EVENT_APPEARANCE);
  const participant = scan.subject;
  if (!appearance || !participant) return;
  const name = appearance[1].trim().replace(/\s+(exhibition|expo|show|trade fair|fair|summit|conference)$/, "");
  const existing = scan.memory.drafts.filter(isDraftOf("Event")).find((d) => d.name === name);
  const date = scan.dates[0];
  const event = existing ?? scan.draft("Event", name, { kind: "EXPO" }, date ? { date: { value: date.value, text: date.text } } : {}, 0.6);
  scan.fact("PARTICIPATED_IN", participant, event.ref, 0.6);
  const vehicle = vehiclesOfSentence(scan).at(-1);
  if (vehicle) scan.fact("FEATURED", event.ref, vehicle.ref, 0.5);
  const place = placeAfter(scan, (appearance.index ?? 0) + appearance[0].length);
  if (place) scan.fact("LOCATED_IN", event.ref, place.ref, 0.65);
}
