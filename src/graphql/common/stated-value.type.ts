import { Field, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import type { MentionEvidence } from "../../repositories/graph.repository";
import type { StatedValue as History } from "../../model/property-history";
import { PartialDate, readPartialDate } from "./partial-date.type";
import { Provenance } from "./provenance.type";

@InterfaceType({
  description:
    "One document's value of a property that changes over time (a facility's status), from the date the source says it held, with the quote. Nothing is merged or dropped: a later value supersedes an earlier one for as-of reads only. Each such property has its own type implementing this one, whose `value` is typed as the property is.",
})
export abstract class StatedValue {
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

/** A stated value of one property, its value read as the property's field reads it. */
export type TypedStatedValue = StatedValue & { value: unknown };

/**
 * The object type of the stated values of one property with a history, named `typeName`: the
 * StatedValue fields and a `value` of `valueType`, the property's own GraphQL type (an enum for a
 * status), so that every such property gets its typed history from this one declaration.
 */
export function statedValueType(typeName: string, valueType: () => object, what: string): ClassType<TypedStatedValue> {
  const type = { [typeName]: class extends StatedValue {} }[typeName] as unknown as ClassType<TypedStatedValue>;
  Field(valueType, {
    nullable: true,
    description: `The value as the document states it; null when it is one the property's type no longer holds (stored before a value was renamed).`,
  })(type.prototype, "value");
  ObjectType(typeName, { implements: StatedValue, description: `One document's value of ${what}, from the date the source says it held, with the quote.` })(
    type,
  );
  return type;
}

/** A history entry as the API shows it, as an instance of its property's stated-value type, its value read by `read`. */
export function toStatedValue(type: ClassType<TypedStatedValue>, read: (value: unknown) => unknown, entry: History<MentionEvidence>): TypedStatedValue {
  return Object.assign(new type(), {
    value: read(entry.value),
    from: entry.from ? readPartialDate(entry.from.dates, entry.from.name) : null,
    fromDate: entry.from?.name ?? null,
    provenance: Object.assign(new Provenance(), entry.provenance),
  });
}
