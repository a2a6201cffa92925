import { registerDescribedEnum } from "./register-described-enum";
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

registerDescribedEnum(Direction, "Direction", "Which way a relationship points, seen from the node it is read from.", {
  OUTGOING: "From the node to the other end.",
  INCOMING: "From the other end to the node.",
  BOTH: "Either way.",
});
registerDescribedEnum(EntityOrder, "EntityOrder", "Sort order of entity lists; DATE sorts by each entity's main date (signing, opening, event date...).", {
  NAME_ASC: "By name, A to Z.",
  NAME_DESC: "By name, Z to A.",
  DATE_ASC: "By main date, earliest first; undated entities last.",
  DATE_DESC: "By main date, latest first; undated entities last.",
});
registerDescribedEnum(DatePrecision, "DatePrecision", "How precise a date is, as the source states it.", {
  DAY: "A day: 2024-06-04.",
  MONTH: "A month: 2021-01.",
  SEASON: "A season: 2023-21 is spring 2023.",
  YEAR: "A year: 2022.",
});

export { DatePrecision };
