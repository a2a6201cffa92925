import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Event } from "./event.type";
import { Market } from "../market/market.type";
import { Node } from "../node/node.interface";
import { Vehicle } from "../vehicle/vehicle.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const EventConnection = ConnectionType(Event, "Event");

@Resolver(() => Event)
export class EventResolver extends createEntityResolver({ label: NodeLabel.Event, type: Event, connection: EventConnection, one: "event", many: "events" }) {
  @FieldResolver(() => [Market])
  location(@Root() event: Event): Promise<Market[]> {
    return relatedNodes(this.repository, event.id, RELATION_FIELDS.Event.location);
  }

  @FieldResolver(() => [Node], { description: "Companies and people that took part." })
  participants(@Root() event: Event): Promise<Node[]> {
    return relatedNodes(this.repository, event.id, RELATION_FIELDS.Event.participants);
  }

  @FieldResolver(() => [Vehicle], { description: "Vehicles shown or launched." })
  featured(@Root() event: Event): Promise<Vehicle[]> {
    return relatedNodes(this.repository, event.id, RELATION_FIELDS.Event.featured);
  }

  @FieldResolver(() => [Node], { description: "The agreement, facility or vehicle the event is about." })
  concerns(@Root() event: Event): Promise<Node[]> {
    return relatedNodes(this.repository, event.id, RELATION_FIELDS.Event.concerns);
  }}
