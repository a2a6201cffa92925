import { registerEnumType } from "type-graphql";
import { DatePrecision } from "../../model/edtf-date";

export enum Direction {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}

export enum EntityOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  DATE_ASC = "DATE_ASC",
  DATE_DESC = "DATE_DESC",
}

registerEnumType(Direction, {
  name: "Direction",
  description: "Which way a relationship points, seen from the node it is read from.",
  valuesConfig: {
    OUTGOING: { description: "From the node to the other end." },
    INCOMING: { description: "From the other end to the node." },
    BOTH: { description: "Either way." },
  },
});
registerEnumType(EntityOrder, {
  name: "EntityOrder",
  description: "Sort order of entity lists; DATE sorts by each entity's main date (signing, opening, event date...).",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
    DATE_ASC: { description: "By main date, earliest first; undated entities last." },
    DATE_DESC: { description: "By main date, latest first; undated entities last." },
  },
});
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precise a date is, as the source states it.",
  valuesConfig: {
    DAY: { description: "A day: 2024-06-04." },
    MONTH: { description: "A month: 2021-01." },
    SEASON: { description: "A season: 2023-21 is spring 2023." },
    YEAR: { description: "A year: 2022." },
  },
});

export { DatePrecision };
