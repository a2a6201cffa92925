import type { ClassType } from "type-graphql";
import { Agreement } from "../agreement/agreement.type";
import { NodeLabel } from "../common/enums";
import { Company } from "../company/company.type";
import { Document } from "../document/document.type";
import { Event } from "../event/event.type";
import { Facility } from "../facility/facility.type";
import { Figure } from "../figure/figure.type";
import { Market } from "../market/market.type";
import { Person } from "../person/person.type";
import { Vehicle } from "../vehicle/vehicle.type";
import type { Node } from "./node.interface";
import type { NodeRecord } from "../../repositories/node-record";

const TYPES: Record<NodeLabel, ClassType<Node>> = {
  Company,
  Person,
  Vehicle,
  Market,
  Agreement,
  Facility,
  Event,
  Figure,
  Document,
};

/** Turns a node read from the graph into an instance of its GraphQL object type. */
export function hydrateNode<T extends Node = Node>(record: NodeRecord): T {
  const node = new TYPES[record.label as NodeLabel]() as T;
  const properties = record.properties;
  return Object.assign(node, {
    id: properties.id,
    label: record.label,
    name: (properties.name as string) ?? (properties.id as string),
    aliases: (properties.aliases as string[] | undefined) ?? [],
    properties,
  });
}
