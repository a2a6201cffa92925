import { IsOptional } from "class-validator";
import { GraphQLDateTime } from "graphql-scalars";
import { ArgsType, Field, Int } from "type-graphql";
import type { ParsedDate } from "../../model/edtf-date";
import { SOURCE_GRADE } from "../../model/shared-enums";
import type { RelatedQuery } from "../../repositories/related-shape";
import { graphEnum } from "../model/active-model";
import { DateInput } from "./date-input.scalar";
import { InRange } from "./in-range";

type SourceGrade = keyof typeof SOURCE_GRADE.values;

/**
 * The filters every read of facts takes: what was true at a date, what the graph knew at a time, and
 * how well a fact is sourced. Relation fields, relationships(...) and the traversals share them, and
 * the repositories apply them inside the Cypher, only the clauses a read sets (see cypher/fact-filter/).
 */
@ArgsType()
export class FactFilterArgs {
  @Field(() => DateInput, {
    nullable: true,
    description:
      "Only facts that held at some time within this date (a year, month, season or day) and that no later fact had superseded by its first day. Facts without a stated validity always hold.",
  })
  @IsOptional()
  asOf?: ParsedDate | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      "Only what the graph knew at this time: facts stated by documents recorded by then, each with its sources, grade, evidence, validity, confidence, origin and supersession as they were then; asOf, minSources and minReliability compare those.",
  })
  @IsOptional()
  knownAsOf?: Date | null;

  @Field(() => Int, { nullable: true, description: "Only facts stated by at least this many documents, 1 to 1000." })
  @IsOptional()
  @InRange(1, 1000)
  minSources?: number | null;

  @Field(() => graphEnum(SOURCE_GRADE.name), {
    nullable: true,
    description: "Only facts with at least one source graded this or better (A is best, F unknown).",
  })
  @IsOptional()
  minReliability?: SourceGrade | null;
}

/** The argument that asks what the graph knew at a time: the projection planner looks for it (see planProjection). */
export const KNOWN_AS_OF_ARGUMENT = "knownAsOf" satisfies keyof FactFilterArgs;

/** The repository's form of the fact filters; an empty object when none is given. */
export function factFilterOf(args: Partial<FactFilterArgs> | undefined): Pick<RelatedQuery, "asOf" | "knownAsOf" | "minSources" | "minReliability"> {
  const filter: Pick<RelatedQuery, "asOf" | "knownAsOf" | "minSources" | "minReliability"> = {};
  if (args?.asOf) filter.asOf = { start: args.asOf.start, end: args.asOf.end };
  if (args?.knownAsOf) filter.knownAsOf = args.knownAsOf.toISOString();
  if (args?.minSources != null) filter.minSources = args.minSources;
  if (args?.minReliability != null) filter.minReliability = args.minReliability;
  return filter;
}
