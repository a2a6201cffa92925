import { Field, ObjectType, registerEnumType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type";
import { Relationship } from "../common/relationship.type";
import { Node } from "../node/node.interface";

export enum TimelineKind {
  SIGNING = "SIGNING",
  ANNOUNCEMENT = "ANNOUNCEMENT",
  DEADLINE = "DEADLINE",
  LAUNCH = "LAUNCH",
  EXPO = "EXPO",
  DEBUT = "DEBUT",
  PARTNERSHIP_START = "PARTNERSHIP_START",
  REGULATION = "REGULATION",
  PLANT_OPENING = "PLANT_OPENING",
  PLANNED_OPENING = "PLANNED_OPENING",
  POSITION = "POSITION",
  TARGET = "TARGET",
  FIGURE = "FIGURE",
  PUBLICATION = "PUBLICATION",
  OTHER = "OTHER",
}

registerEnumType(TimelineKind, { name: "TimelineKind", description: "What a dated fact on a timeline is." });

@ObjectType({ description: "One dated fact on an entity's timeline." })
export class TimelineEntry {
  @Field(() => PartialDate, { description: "The date, with the precision the source gives." })
  date: PartialDate;

  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Field({ description: "The dated property, e.g. signedOn, openedOn, date, asOf." })
  property: string;

  @Field({ description: "A short label for the entry." })
  title: string;

  @Field(() => Node, { description: "The dated node (an event, agreement, facility, figure...) or, for a position, the company." })
  node: Node;

  @Field(() => Relationship, { nullable: true, description: "The relationship that links the entity to the dated node, or that carries the date." })
  relationship: Relationship | null;
}
