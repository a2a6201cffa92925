import { Field, ObjectType } from "type-graphql";
import { graphEnum, modelTypes } from "../model/active-model";
import { PartialDate } from "../common/partial-date.type";
import { Relationship } from "../common/relationship.type";
import { Node } from "../node/node.interface";

/** The GraphQL enum of the model's timeline kinds, for field and argument declarations. */
export function timelineKindEnum() {
  return graphEnum(modelTypes().view.model.timelineKinds.name);
}

@ObjectType({ description: "One dated fact on an entity's timeline." })
export class TimelineEntry {
  @Field(() => PartialDate, { description: "The date, with the precision the source gives." })
  date: PartialDate;

  @Field(() => timelineKindEnum(), { description: "What the dated fact is, as the model declares for its date." })
  kind: string;

  @Field({ description: "The dated property, e.g. signedOn, openedOn, date, asOf." })
  property: string;

  @Field({ description: "A short label for the entry." })
  title: string;

  @Field(() => Node, { description: "The dated node (an event, agreement, facility, figure...) or, for a position, the company." })
  node: Node;

  @Field(() => Relationship, { nullable: true, description: "The relationship that links the entity to the dated node, or that carries the date." })
  relationship: Relationship | null;
}
