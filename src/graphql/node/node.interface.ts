import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InterfaceType } from "type-graphql";
import type { NodeLabel } from "../../model/graph-model";
import { graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM } from "../model/model-enums";
import { STORED_PROPERTIES as S } from "../../model/stored-properties";

/**
 * The Relay `Node` interface that every graph node implements. Instances are hydrated from the
 * node's Neo4j properties, so object types read their fields straight from them; `label` tells
 * GraphQL which object type a value is.
 */
@InterfaceType("Node", {
  description: "Anything in the graph with a stable global id, such as company:foton.",
  resolveType: (value: { label: string }) => value.label,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable global id: the label in lower case, a colon and a slug (company:foton)." })
  id: string;

  @Field(() => graphEnum(NODE_LABEL_ENUM), { description: "What kind of node it is; also its GraphQL type." })
  label: NodeLabel;

  @Field({ description: "The name the sources use most (a document's title)." })
  name: string;

  @Field(() => [String], { description: "Other names the sources use." })
  aliases: string[] = [];

  /** The node's Neo4j properties, kept for readers of flattened values such as dates. */
  properties: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    name: "properties",
    description:
      "Every stored property as it is kept (dates flattened into value, precision and bounds), for generic clients such as the explorer's side panel. Typed fields are the better read.",
  })
  get storedProperties(): Record<string, unknown> {
    // The lookup keys are an index's business, not a fact about the node.
    const { [S.nameKey]: _nameKey, [S.nameKeys]: _nameKeys, ...rest } = this.properties;
    return rest;
  }
}
