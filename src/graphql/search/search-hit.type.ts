import { Field, Float, ObjectType } from "type-graphql";
import type { SearchTier } from "../../repositories/graph.repository";
import { registerDescribedEnum } from "../common/register-described-enum";
import { Node } from "../node/node.interface";

export const SearchMatch = registerDescribedEnum(
  { NAME: "NAME", NAME_PREFIX: "NAME_PREFIX", TEXT: "TEXT" } as const satisfies Record<SearchTier, SearchTier>,
  "SearchMatch",
  "How a search hit matched the text; search ranks NAME hits first, then NAME_PREFIX, then TEXT.",
  {
    NAME: "A name or alias is the text, ignoring case, accents and punctuation (as company(name:) and lookups match).",
    NAME_PREFIX: "A name or alias starts with the text, ignoring case, accents and punctuation.",
    TEXT: "The words match names, aliases, descriptions or document text.",
  },
);
export type SearchMatch = SearchTier;

@ObjectType({ description: "A full-text search result." })
export class SearchHit {
  @Field(() => Node, { description: "The node found." })
  node: Node;

  @Field(() => SearchMatch, { description: "How the node matched; it ranks the hit before its score does." })
  match: SearchMatch;

  @Field(() => Float, {
    description:
      "Full-text relevance of the words to the node's names, aliases, descriptions and document text; higher is better, and 0 when only a name or alias matched, as a whole or as a prefix (a partial word, say). search orders hits by match (NAME, then NAME_PREFIX, then TEXT), then by score within each.",
  })
  score: number;
}
