import { Field, ID, ObjectType } from "type-graphql";
import { CONFLICT_PROPERTY as C, CONFLICT_STATUS, type ConflictStatus } from "../../model/conflict";
import type { ConflictRecord } from "../../repositories/conflict.repository";
import { ConnectionType } from "../common/connection.type";
import { parseProvenance, Provenance } from "../common/provenance.type";
import { registerDescribedEnum } from "../common/register-described-enum";

export const ConflictStatusEnum = registerDescribedEnum(
  Object.fromEntries(Object.keys(CONFLICT_STATUS.values).map((value) => [value, value])) as Record<ConflictStatus, ConflictStatus>,
  CONFLICT_STATUS.name,
  CONFLICT_STATUS.description,
  CONFLICT_STATUS.values,
);

@ObjectType({ description: "One side of a conflict: the fact or node that makes the claim, the value it claims, and the quotes that state it." })
export class ConflictClaim {
  @Field(() => ID, {
    description:
      "The id of the relationship or node that makes the claim (for a node property two documents disagree on, the first document that states the value): pass it as preferredClaim to resolve the conflict.",
  })
  id: string;

  @Field({ description: 'What it claims, for people: "2017-09 (September 2017)", a title, a place.' })
  value: string;

  @Field(() => [Provenance], { description: "The quotes that state it, each with its document (and the document's publication date)." })
  evidence: Provenance[];
}

@ObjectType({ description: "Where sources disagree on something that holds once (a start date, a title at one time, a headquarters): every claim is kept." })
export class Conflict {
  @Field(() => ID, { description: "The conflict's stable id." })
  id: string;

  @Field(() => ID, { description: "The id of the node the claims are about." })
  subjectId: string;

  @Field({ description: 'What is disputed, for people: "date of the PARTNERSHIP_START Event of agreement:...".' })
  disputed: string;

  @Field(() => ConflictStatusEnum, { description: "OPEN until somebody prefers one claim." })
  status: ConflictStatus;

  @Field(() => [ConflictClaim], { description: "Every claim, each with its value and evidence." })
  claims: ConflictClaim[];

  @Field(() => ID, { nullable: true, description: "The claim the resolver preferred; null while OPEN." })
  preferredClaim: string | null;

  @Field(() => String, { nullable: true, description: "Who resolved it (the kind of credentials they used)." })
  resolvedBy: string | null;

  @Field(() => String, { nullable: true, description: "When it was resolved (ISO time)." })
  resolvedAt: string | null;

  @Field(() => String, { nullable: true, description: "Why the preferred claim was preferred." })
  note: string | null;

  @Field({ description: "When the graph first saw the dispute (ISO time)." })
  createdAt: string;
}

export const ConflictConnection = ConnectionType(Conflict, "Conflict");

function readClaim(text: string): ConflictClaim {
  const raw = JSON.parse(text) as { id: string; value: string; evidence: string[] };
  return Object.assign(new ConflictClaim(), { id: raw.id, value: raw.value, evidence: raw.evidence.map(parseProvenance) });
}

/** Builds the GraphQL conflict from its stored properties. */
export function toConflict(record: ConflictRecord): Conflict {
  const text = (name: string) => (typeof record[name] === "string" ? record[name] : null);
  return Object.assign(new Conflict(), {
    id: record[C.id] as string,
    subjectId: record[C.subjectId] as string,
    disputed: record[C.disputed] as string,
    status: record[C.status] as ConflictStatus,
    claims: ((record[C.claims] as string[]) ?? []).map(readClaim),
    preferredClaim: text(C.preferredClaim),
    resolvedBy: text(C.resolvedBy),
    resolvedAt: text(C.resolvedAt),
    note: text(C.note),
    createdAt: text(C.createdAt) ?? "",
  });
}
