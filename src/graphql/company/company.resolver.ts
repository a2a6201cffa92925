import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { Agreement } from "../agreement/agreement.type";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Event } from "../event/event.type";
import { Facility } from "../facility/facility.type";
import { Figure } from "../figure/figure.type";
import { Market } from "../market/market.type";
import { Position, toPosition } from "../person/position.type";
import { Vehicle } from "../vehicle/vehicle.type";
import { Company } from "./company.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const CompanyConnection = ConnectionType(Company, "Company");

@Resolver(() => Company)
export class CompanyResolver extends createEntityResolver({ label: NodeLabel.Company, type: Company, connection: CompanyConnection, one: "company", many: "companies" }) {
  @FieldResolver(() => [Position], { description: "People holding positions at this company, with their titles." })
  async executives(@Root() company: Company): Promise<Position[]> {
    const records = await this.repository.related(company.id, RELATION_FIELDS.Company.executives);
    return records.map(toPosition);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements this company is a party to." })
  agreements(@Root() company: Company): Promise<Agreement[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.agreements);
  }

  @FieldResolver(() => [Company], { description: "Companies this one is a division, brand or subsidiary of." })
  parents(@Root() company: Company): Promise<Company[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.parents);
  }

  @FieldResolver(() => [Company], { description: "Divisions, brands and subsidiaries of this company." })
  children(@Root() company: Company): Promise<Company[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.children);
  }

  @FieldResolver(() => [Company], { description: "Brands of this company." })
  brands(@Root() company: Company): Promise<Company[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.brands);
  }

  @FieldResolver(() => [Market])
  headquarters(@Root() company: Company): Promise<Market[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.headquarters);
  }

  @FieldResolver(() => [Market], { description: "Markets the company targets or sells in." })
  markets(@Root() company: Company): Promise<Market[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.markets);
  }

  @FieldResolver(() => [Facility])
  facilities(@Root() company: Company): Promise<Facility[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.facilities);
  }

  @FieldResolver(() => [Vehicle])
  vehicles(@Root() company: Company): Promise<Vehicle[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.vehicles);
  }

  @FieldResolver(() => [Event])
  events(@Root() company: Company): Promise<Event[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.events);
  }

  @FieldResolver(() => [Figure], { description: "Figures the sources state about this company." })
  figures(@Root() company: Company): Promise<Figure[]> {
    return relatedNodes(this.repository, company.id, RELATION_FIELDS.Company.figures);
  }
}
