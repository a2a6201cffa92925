import { requireNode } from "../entity/related-nodes";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { Document } from "../document/document.type";
import { Provenance } from "./provenance.type";

@Resolver(() => Provenance)
export class ProvenanceResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => Document, { description: "The document the quote is taken from." })
  document(@Root() provenance: Provenance): Promise<Document> {
    return requireNode(this.repository, provenance.documentId, "Document");
  }
}
