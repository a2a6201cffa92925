import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Document } from "./document.type";
import { Node } from "../node/node.interface";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const DocumentConnection = ConnectionType(Document, "Document");

@Resolver(() => Document)
export class DocumentResolver extends createEntityResolver({ label: NodeLabel.Document, type: Document, connection: DocumentConnection, one: "document", many: "documents" }) {
  @FieldResolver(() => [Node], { description: "Everything the document mentions." })
  entities(@Root() document: Document): Promise<Node[]> {
    return relatedNodes(this.repository, document.id, RELATION_FIELDS.Document.entities);
  }}
