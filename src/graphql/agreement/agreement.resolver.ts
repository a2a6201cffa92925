import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { GraphRepository } from "../../repositories/graph.repository";
import { ConnectionType } from "../common/connection.type";
import { Company } from "../company/company.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes, requireNode } from "../entity/related-nodes";
import { Event } from "../event/event.type";
import { Market } from "../market/market.type";
import { Person } from "../person/person.type";
import { Vehicle } from "../vehicle/vehicle.type";
import { AgreementParty, Witness, toAgreementParty, toWitness } from "./agreement-party.type";
import { Agreement } from "./agreement.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const AgreementConnection = ConnectionType(Agreement, "Agreement");

@Resolver(() => Agreement)
export class AgreementResolver extends createEntityResolver({ label: NodeLabel.Agreement, type: Agreement, connection: AgreementConnection, one: "agreement", many: "agreements" }) {
  @FieldResolver(() => [AgreementParty])
  async parties(@Root() agreement: Agreement): Promise<AgreementParty[]> {
    return (await this.repository.related(agreement.id, RELATION_FIELDS.Agreement.parties)).map(toAgreementParty);
  }

  @FieldResolver(() => [Witness], { description: "People who witnessed the signing." })
  async witnesses(@Root() agreement: Agreement): Promise<Witness[]> {
    return (await this.repository.related(agreement.id, RELATION_FIELDS.Agreement.witnesses)).map(toWitness);
  }

  @FieldResolver(() => [Vehicle], { description: "Vehicles the agreement covers." })
  vehicles(@Root() agreement: Agreement): Promise<Vehicle[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.vehicles);
  }

  @FieldResolver(() => [Market])
  targetMarkets(@Root() agreement: Agreement): Promise<Market[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.targetMarkets);
  }

  @FieldResolver(() => [Market], { description: "Where it was signed." })
  signedIn(@Root() agreement: Agreement): Promise<Market[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.signedIn);
  }

  @FieldResolver(() => [Agreement], { description: "Earlier agreements this one consolidates." })
  consolidates(@Root() agreement: Agreement): Promise<Agreement[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.consolidates);
  }

  @FieldResolver(() => [Agreement], { description: "Later agreements that consolidate this one." })
  consolidatedBy(@Root() agreement: Agreement): Promise<Agreement[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.consolidatedBy);
  }

  @FieldResolver(() => [Agreement], { description: "The earlier agreement whose talks this one follows from." })
  followsFrom(@Root() agreement: Agreement): Promise<Agreement[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.followsFrom);
  }

  @FieldResolver(() => [Agreement], { description: "Later talks or agreements this one opened the door to." })
  followUps(@Root() agreement: Agreement): Promise<Agreement[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.followUps);
  }

  @FieldResolver(() => [Event], { description: "Events about this agreement (signing, partnership start...)." })
  events(@Root() agreement: Agreement): Promise<Event[]> {
    return relatedNodes(this.repository, agreement.id, RELATION_FIELDS.Agreement.events);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => Company)
  company(@Root() party: AgreementParty): Promise<Company> {
    return requireNode(this.repository, party.companyId, "Company");
  }

  @FieldResolver(() => Agreement)
  agreement(@Root() party: AgreementParty): Promise<Agreement> {
    return requireNode(this.repository, party.agreementId, "Agreement");
  }
}

@Resolver(() => Witness)
export class WitnessResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => Person)
  person(@Root() witness: Witness): Promise<Person> {
    return requireNode(this.repository, witness.personId, "Person");
  }
}
