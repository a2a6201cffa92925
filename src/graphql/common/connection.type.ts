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
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with the cursor to page from it.` })
  class EdgeClass {
    @Field({ description: "An opaque cursor for this edge: pass it as after to read what follows, or as before to read what precedes." })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay Cursor Connections), with where it stands and how many match.` })
  class ConnectionClass {
    @Field(() => [EdgeClass], { description: "The page's items, in the list's order." })
    edges: EdgeClass[];

    @Field(() => PageInfo, { description: "Whether items come before and after this page, and the cursors to page from." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, over all pages." })
    totalCount: number;
  }
  return ConnectionClass;
}
