import { Field, ObjectType } from "type-graphql";
import { Provenance } from "../common/provenance.type";

@ObjectType({ description: "Where a document mentions a node, with the names it uses there." })
export class Mention {
  @Field(() => Provenance, { description: "The document and the quote where it mentions the node." })
  provenance: Provenance;

  @Field(() => [String], { description: "The names this document uses for the node." })
  names: string[];
}
