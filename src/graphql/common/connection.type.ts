import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info.type";

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Makes the Relay connection and edge types for a node type (CompanyConnection, CompanyEdge).
 * `totalCount` is computed by a count query, only when the request selects it.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeClass {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeClass])
    edges: EdgeClass[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, over all pages." })
    totalCount: number;
  }
  return ConnectionClass;
}
