import { Field, ID, ObjectType } from "type-graphql";
import type { RelatedRecord } from "../../repositories/node-record";
import { Provenance, readProvenance } from "../common/provenance.type";

@ObjectType({ description: "A company's part in an agreement (a PARTY_TO relationship)." })
export class AgreementParty {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: "The part it plays, when the source says (e.g. sales channel)." })
  role: string | null;

  @Field(() => Provenance, { nullable: true })
  provenance: Provenance | null;

  companyId: string;
  agreementId: string;
}

@ObjectType({ description: "A person who witnessed the signing of an agreement (a WITNESSED relationship)." })
export class Witness {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: "The delegation the person belonged to." })
  delegation: string | null;

  @Field(() => Provenance, { nullable: true })
  provenance: Provenance | null;

  personId: string;
  agreementId: string;
}

export function toAgreementParty(record: RelatedRecord): AgreementParty {
  const { properties, source, target } = record.relationship;
  return Object.assign(new AgreementParty(), {
    id: properties.id as string,
    role: (properties.role as string | undefined) ?? null,
    provenance: readProvenance(properties),
    companyId: source,
    agreementId: target,
  });
}

export function toWitness(record: RelatedRecord): Witness {
  const { properties, source, target } = record.relationship;
  return Object.assign(new Witness(), {
    id: properties.id as string,
    delegation: (properties.delegation as string | undefined) ?? null,
    provenance: readProvenance(properties),
    personId: source,
    agreementId: target,
  });
}
