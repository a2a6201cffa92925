import type { EntityLabel, FactRelationshipType, GraphModel } from "./graph-model";
import type { EnumSpec } from "./model-spec";

/** The TypeScript type of a value of a declared property. */
export type ValueOf<S> = S extends { type: EnumSpec<infer V> }
  ? V
  : S extends { type: "String" }
    ? string
    : S extends { type: "Int" | "Float" }
      ? number
      : S extends { type: "Boolean" }
        ? boolean
        : S extends { type: "StringList" }
          ? string[]
          : never;

type NonDateNames<P> = { [K in keyof P]: P[K] extends { type: "Date" } ? never : K }[keyof P];
type DateNames<P> = { [K in keyof P]: P[K] extends { type: "Date" } ? K : never }[keyof P];
type Values<P> = { -readonly [K in NonDateNames<P>]?: ValueOf<P[K]> };

type LabelProperties<L extends EntityLabel> = GraphModel["labels"][L]["properties"] & GraphModel["entityProperties"];
type FactProperties<R extends FactRelationshipType> = GraphModel["relationships"][R]["properties"] & GraphModel["factProperties"];

/** The properties an entity of label L may be given (dates apart): misspelt names and values outside an enum do not compile. */
export type EntityPropertiesOf<L extends EntityLabel> = Values<LabelProperties<L>>;
/** The names of L's date properties. */
export type EntityDateName<L extends EntityLabel> = DateNames<LabelProperties<L>> & string;
/** The properties a fact of type R may be given (dates apart). */
export type FactPropertiesOf<R extends FactRelationshipType> = Values<FactProperties<R>>;
/** The names of R's date properties. */
export type FactDateName<R extends FactRelationshipType> = DateNames<FactProperties<R>> & string;
