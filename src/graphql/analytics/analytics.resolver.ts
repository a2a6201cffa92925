import { FactFilterArgs, factFilterOf } from "../common/fact-filter.args";
import { Args, Query, Resolver } from "type-graphql";
import { TraversalRepository } from "../../repositories/traversal.repository";
import { hydrateNode } from "../node/hydrate-node";
import { AgreementCountsArgs, MostConnectedArgs } from "./analytics.args";
import { AgreementCount, RankedNode } from "./analytics.type";

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly traversal: TraversalRepository) {}

  @Query(() => [RankedNode], { nullable: true, description: "The most connected nodes of a label, by number of relationships." })
  async mostConnected(@Args() args: MostConnectedArgs, @Args() facts: FactFilterArgs): Promise<RankedNode[]> {
    const rows = await this.traversal.mostConnected(args.label, args.relationshipTypes ?? [], args.first, factFilterOf(facts));
    return rows.map((row) => Object.assign(new RankedNode(), { node: hydrateNode(row.node), degree: row.degree }));
  }

  @Query(() => [AgreementCount], { nullable: true, description: "Agreements counted by target market, by kind or by year." })
  async agreementCounts(@Args() { by, first }: AgreementCountsArgs): Promise<AgreementCount[]> {
    const rows = await this.traversal.agreementCounts(by, first);
    return rows.map((row) => Object.assign(new AgreementCount(), { key: row.key, name: row.name, count: row.agreements }));
  }
}
