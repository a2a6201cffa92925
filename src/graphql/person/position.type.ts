import { Field, ID, ObjectType } from "type-graphql";
import type { RelatedRecord } from "../../repositories/node-record";
import { PartialDate, readPartialDate } from "../common/partial-date.type";
import { Provenance, readProvenance } from "../common/provenance.type";

@ObjectType({ description: "A person's position at a company (a HOLDS_POSITION relationship)." })
export class Position {
  @Field(() => ID)
  id: string;

  @Field({ description: "The title exactly as the source gives it." })
  title: string;

  @Field(() => String, { nullable: true, description: "The business unit, function or country the title names." })
  unit: string | null;

  @Field(() => PartialDate, { nullable: true, description: "The date the source states the position for." })
  asOf: PartialDate | null;

  @Field(() => Provenance, { nullable: true })
  provenance: Provenance | null;

  personId: string;
  companyId: string;
}

/** Builds a Position from a HOLDS_POSITION relationship read from either end. */
export function toPosition(record: RelatedRecord): Position {
  const { properties, source, target } = record.relationship;
  return Object.assign(new Position(), {
    id: properties.id as string,
    title: properties.title as string,
    unit: (properties.unit as string | undefined) ?? null,
    asOf: readPartialDate(properties, "asOf"),
    provenance: readProvenance(properties),
    personId: source,
    companyId: target,
  });
}
