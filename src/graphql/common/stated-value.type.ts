import { Field, ObjectType } from "type-graphql";
import type { MentionEvidence } from "../../repositories/graph.repository";
import type { StatedValue as History } from "../../model/property-history";
import { PartialDate, readPartialDate } from "./partial-date.type";
import { Provenance } from "./provenance.type";

@ObjectType({
  description:
    "One document's value of a property that changes over time (a facility's status), from the date the source says it held, with the quote. Nothing is merged or dropped: a later value supersedes an earlier one for as-of reads only.",
})
export class StatedValue {
  @Field({ description: "The value as the document states it (an enum value by its name)." })
  value: string;

  @Field(() => PartialDate, {
    nullable: true,
    description:
      "The date from which the source says the value held: a date it gives for that value (a plant is OPERATING from its openedOn), else the document's publication date; null when it gives neither, and then no as-of read uses it.",
  })
  from: PartialDate | null;

  @Field(() => String, { nullable: true, description: "Which date `from` is: the node's date property (openedOn) or the document's (publishedOn)." })
  fromDate: string | null;

  @Field(() => Provenance, { description: "The document and the quote that state it." })
  provenance: Provenance;
}

/** A history entry as the API shows it. */
export function toStatedValue(entry: History<MentionEvidence>): StatedValue {
  return Object.assign(new StatedValue(), {
    value: entry.value,
    from: entry.from ? readPartialDate(entry.from.dates, entry.from.name) : null,
    fromDate: entry.from?.name ?? null,
    provenance: Object.assign(new Provenance(), entry.provenance),
  });
}
