import type { NodeRecord } from "../../repositories/node-record";
import { modelTypes } from "../model/active-model";
import type { Node } from "./node.interface";

/** Turns a node read from the graph into an instance of its label's GraphQL object type. */
export function hydrateNode<T extends Node = Node>(record: NodeRecord): T {
  const type = modelTypes().nodeTypes.get(record.label);
  if (!type) throw new Error(`The graph holds a node labelled ${record.label}, which the model does not declare`);
  const node = new type() as T;
  const properties = record.properties;
  return Object.assign(node, {
    id: properties.id,
    label: record.label,
    name: (properties.name as string) ?? (properties.id as string),
    aliases: (properties.aliases as string[] | undefined) ?? [],
    properties,
  });
}
