import { requireNode } from "../entity/related-nodes";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import { modelInUse } from "../../model/model-in-use";
import { documentType } from "../model/active-model";
import type { Node } from "../node/node.interface";
import { Provenance } from "./provenance.type";

@Resolver(() => Provenance)
export class ProvenanceResolver {
  constructor(private readonly repository: GraphRepository) {}

  @FieldResolver(() => documentType(), { description: "The document the quote is taken from." })
  document(@Root() provenance: Provenance): Promise<Node> {
    return requireNode(this.repository, provenance.documentId, modelInUse().model.documentLabel);
  }
}
