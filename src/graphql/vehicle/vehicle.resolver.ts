import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Vehicle } from "./vehicle.type";
import { Agreement } from "../agreement/agreement.type";
import { Company } from "../company/company.type";
import { Event } from "../event/event.type";
import { Facility } from "../facility/facility.type";
import { Market } from "../market/market.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const VehicleConnection = ConnectionType(Vehicle, "Vehicle");

@Resolver(() => Vehicle)
export class VehicleResolver extends createEntityResolver({ label: NodeLabel.Vehicle, type: Vehicle, connection: VehicleConnection, one: "vehicle", many: "vehicles" }) {
  @FieldResolver(() => [Company], { description: "Companies that develop it." })
  developers(@Root() vehicle: Vehicle): Promise<Company[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.developers);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements that cover it." })
  agreements(@Root() vehicle: Vehicle): Promise<Agreement[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.agreements);
  }

  @FieldResolver(() => [Event], { description: "Launches, debuts and expos that featured it." })
  events(@Root() vehicle: Vehicle): Promise<Event[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.events);
  }

  @FieldResolver(() => [Market], { description: "Markets it is meant for or sold in." })
  markets(@Root() vehicle: Vehicle): Promise<Market[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.markets);
  }

  @FieldResolver(() => [Vehicle], { description: "The platform it is built on." })
  basedOn(@Root() vehicle: Vehicle): Promise<Vehicle[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.basedOn);
  }

  @FieldResolver(() => [Vehicle], { description: "Vehicles built on it." })
  derivatives(@Root() vehicle: Vehicle): Promise<Vehicle[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.derivatives);
  }

  @FieldResolver(() => [Facility])
  producedAt(@Root() vehicle: Vehicle): Promise<Facility[]> {
    return relatedNodes(this.repository, vehicle.id, RELATION_FIELDS.Vehicle.producedAt);
  }}
