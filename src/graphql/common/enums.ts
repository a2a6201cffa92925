import { registerEnumType } from "type-graphql";
import { DatePrecision } from "../../model/edtf-date";
import { NodeLabel, RelationshipType } from "../../model/graph-model";

export enum Direction {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}

export enum FactOrigin {
  CURATED = "CURATED",
  EXTRACTED = "EXTRACTED",
}

export enum EntityOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  DATE_ASC = "DATE_ASC",
  DATE_DESC = "DATE_DESC",
}

registerEnumType(NodeLabel, { name: "NodeLabel", description: "The kinds of node in the graph." });
registerEnumType(RelationshipType, { name: "RelationshipType", description: "The kinds of relationship in the graph." });
registerEnumType(Direction, { name: "Direction", description: "Which way a relationship points, seen from the node it is read from." });
registerEnumType(EntityOrder, { name: "EntityOrder", description: "Sort order of entity lists; DATE sorts by each entity's main date (signing, opening, event date...)." });
registerEnumType(DatePrecision, { name: "DatePrecision", description: "How precise a date is, as the source states it." });

export { DatePrecision, NodeLabel, RelationshipType };
registerEnumType(FactOrigin, { name: "FactOrigin", description: "Where a fact comes from: a curated facts file, or the extractor reading an ingested article." });
