import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Facility } from "./facility.type";
import { Company } from "../company/company.type";
import { Event } from "../event/event.type";
import { Figure } from "../figure/figure.type";
import { Market } from "../market/market.type";
import { Vehicle } from "../vehicle/vehicle.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const FacilityConnection = ConnectionType(Facility, "Facility");

@Resolver(() => Facility)
export class FacilityResolver extends createEntityResolver({ label: NodeLabel.Facility, type: Facility, connection: FacilityConnection, one: "facility", many: "facilities" }) {
  @FieldResolver(() => [Company])
  operators(@Root() facility: Facility): Promise<Company[]> {
    return relatedNodes(this.repository, facility.id, RELATION_FIELDS.Facility.operators);
  }

  @FieldResolver(() => [Market], { description: "Where it is (or will be)." })
  location(@Root() facility: Facility): Promise<Market[]> {
    return relatedNodes(this.repository, facility.id, RELATION_FIELDS.Facility.location);
  }

  @FieldResolver(() => [Market], { description: "Places under consideration for a planned facility." })
  candidateLocations(@Root() facility: Facility): Promise<Market[]> {
    return relatedNodes(this.repository, facility.id, RELATION_FIELDS.Facility.candidateLocations);
  }

  @FieldResolver(() => [Vehicle])
  vehicles(@Root() facility: Facility): Promise<Vehicle[]> {
    return relatedNodes(this.repository, facility.id, RELATION_FIELDS.Facility.vehicles);
  }

  @FieldResolver(() => [Figure], { description: "Figures such as its estimated investment." })
  figures(@Root() facility: Facility): Promise<Figure[]> {
    return relatedNodes(this.repository, facility.id, RELATION_FIELDS.Facility.figures);
  }

  @FieldResolver(() => [Event])
  events(@Root() facility: Facility): Promise<Event[]> {
    return relatedNodes(this.repository, facility.id, RELATION_FIELDS.Facility.events);
  }}
