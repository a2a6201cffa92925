import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel, RelationshipType as R } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Facility } from "./facility.type";
import { Company } from "../company/company.type";
import { Event } from "../event/event.type";
import { Figure } from "../figure/figure.type";
import { Market } from "../market/market.type";
import { Vehicle } from "../vehicle/vehicle.type";

export const FacilityConnection = ConnectionType(Facility, "Facility");

@Resolver(() => Facility)
export class FacilityResolver extends createEntityResolver({ label: NodeLabel.Facility, type: Facility, connection: FacilityConnection, one: "facility", many: "facilities" }) {
  @FieldResolver(() => [Company])
  operators(@Root() facility: Facility): Promise<Company[]> {
    return relatedNodes(this.repository, facility.id, [R.OPERATES], "INCOMING");
  }

  @FieldResolver(() => [Market], { description: "Where it is (or will be)." })
  location(@Root() facility: Facility): Promise<Market[]> {
    return relatedNodes(this.repository, facility.id, [R.LOCATED_IN], "OUTGOING");
  }

  @FieldResolver(() => [Market], { description: "Places under consideration for a planned facility." })
  candidateLocations(@Root() facility: Facility): Promise<Market[]> {
    return relatedNodes(this.repository, facility.id, [R.CANDIDATE_LOCATION], "OUTGOING");
  }

  @FieldResolver(() => [Vehicle])
  vehicles(@Root() facility: Facility): Promise<Vehicle[]> {
    return relatedNodes(this.repository, facility.id, [R.PRODUCES], "OUTGOING");
  }

  @FieldResolver(() => [Figure], { description: "Figures such as its estimated investment." })
  figures(@Root() facility: Facility): Promise<Figure[]> {
    return relatedNodes(this.repository, facility.id, [R.HAS_FIGURE], "OUTGOING");
  }

  @FieldResolver(() => [Event])
  events(@Root() facility: Facility): Promise<Event[]> {
    return relatedNodes(this.repository, facility.id, [R.CONCERNS], "INCOMING");
  }}
