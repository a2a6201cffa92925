import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel, RelationshipType as R } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Event } from "./event.type";
import { Market } from "../market/market.type";
import { Node } from "../node/node.interface";
import { Vehicle } from "../vehicle/vehicle.type";

export const EventConnection = ConnectionType(Event, "Event");

@Resolver(() => Event)
export class EventResolver extends createEntityResolver({ label: NodeLabel.Event, type: Event, connection: EventConnection, one: "event", many: "events" }) {
  @FieldResolver(() => [Market])
  location(@Root() event: Event): Promise<Market[]> {
    return relatedNodes(this.repository, event.id, [R.LOCATED_IN], "OUTGOING");
  }

  @FieldResolver(() => [Node], { description: "Companies and people that took part." })
  participants(@Root() event: Event): Promise<Node[]> {
    return relatedNodes(this.repository, event.id, [R.PARTICIPATED_IN], "INCOMING");
  }

  @FieldResolver(() => [Vehicle], { description: "Vehicles shown or launched." })
  featured(@Root() event: Event): Promise<Vehicle[]> {
    return relatedNodes(this.repository, event.id, [R.FEATURED], "OUTGOING");
  }

  @FieldResolver(() => [Node], { description: "The agreement, facility or vehicle the event is about." })
  concerns(@Root() event: Event): Promise<Node[]> {
    return relatedNodes(this.repository, event.id, [R.CONCERNS], "OUTGOING");
  }}
