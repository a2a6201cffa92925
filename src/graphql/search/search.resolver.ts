import { Args, Query, Resolver } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { hydrateNode } from "../node/hydrate-node";
import { SearchHit } from "./search-hit.type";
import { SearchArgs } from "./search.args";

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly repository: GraphRepository) {}

  @Query(() => [SearchHit], {
    nullable: true,
    description:
      "Full-text search over the graph. Nodes named exactly the text come first (name or alias, ignoring case, accents and punctuation), then nodes with a name or alias starting with it, then the other matches by score.",
  })
  async search(@Args() { text, types, first }: SearchArgs): Promise<SearchHit[]> {
    const hits = await this.repository.search(text, types ?? [], first);
    return hits.map((hit) => Object.assign(new SearchHit(), { node: hydrateNode(hit.node), match: hit.match, score: hit.score }));
  }
}
