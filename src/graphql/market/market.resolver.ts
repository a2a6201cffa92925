import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Market } from "./market.type";
import { Agreement } from "../agreement/agreement.type";
import { Company } from "../company/company.type";
import { Event } from "../event/event.type";
import { Facility } from "../facility/facility.type";
import { Figure } from "../figure/figure.type";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const MarketConnection = ConnectionType(Market, "Market");

@Resolver(() => Market)
export class MarketResolver extends createEntityResolver({ label: NodeLabel.Market, type: Market, connection: MarketConnection, one: "market", many: "markets" }) {
  @FieldResolver(() => [Market], { description: "Larger markets this one is part of." })
  parents(@Root() market: Market): Promise<Market[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.parents);
  }

  @FieldResolver(() => [Market], { description: "Markets that are part of this one." })
  parts(@Root() market: Market): Promise<Market[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.parts);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements that target this market or were signed in it." })
  agreements(@Root() market: Market): Promise<Agreement[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.agreements);
  }

  @FieldResolver(() => [Company], { description: "Companies based in, targeting or selling in this market." })
  companies(@Root() market: Market): Promise<Company[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.companies);
  }

  @FieldResolver(() => [Facility], { description: "Facilities located here, or considering this place." })
  facilities(@Root() market: Market): Promise<Facility[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.facilities);
  }

  @FieldResolver(() => [Event], { description: "Events held here." })
  events(@Root() market: Market): Promise<Event[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.events);
  }

  @FieldResolver(() => [Figure], { description: "Figures about this market." })
  figures(@Root() market: Market): Promise<Figure[]> {
    return relatedNodes(this.repository, market.id, RELATION_FIELDS.Market.figures);
  }}
