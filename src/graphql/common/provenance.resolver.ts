import { FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../../errors";
import type { GraphRepository } from "../../repositories/graph.repository";
import { Document } from "../document/document.type";
import { hydrateNode } from "../node/hydrate-node";
import { Provenance } from "./provenance.type";

@Resolver(() => Provenance)
export class ProvenanceResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => Document, { description: "The document the quote is taken from." })
  async document(@Root() provenance: Provenance): Promise<Document> {
    const record = await this.repository.findById(provenance.documentId);
    if (!record) throw new NotFoundError("Document", provenance.documentId);
    return hydrateNode<Document>(record);
  }
}
