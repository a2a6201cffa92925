import { FieldResolver, Resolver, Root } from "type-graphql";
import { NodeLabel } from "../../model/graph-model";
import { ConnectionType } from "../common/connection.type";
import { createEntityResolver } from "../entity/create-entity-resolver";
import { relatedNodes } from "../entity/related-nodes";
import { Figure } from "./figure.type";
import { Node } from "../node/node.interface";
import { RELATION_FIELDS } from "../prefetch/relation-fields";

export const FigureConnection = ConnectionType(Figure, "Figure");

@Resolver(() => Figure)
export class FigureResolver extends createEntityResolver({ label: NodeLabel.Figure, type: Figure, connection: FigureConnection, one: "figure", many: "figures" }) {
  @FieldResolver(() => [Node], { description: "The company or facility the figure is about." })
  subjects(@Root() figure: Figure): Promise<Node[]> {
    return relatedNodes(this.repository, figure.id, RELATION_FIELDS.Figure.subjects);
  }

  @FieldResolver(() => [Node], { description: "The market or vehicle the figure concerns." })
  appliesTo(@Root() figure: Figure): Promise<Node[]> {
    return relatedNodes(this.repository, figure.id, RELATION_FIELDS.Figure.appliesTo);
  }}
