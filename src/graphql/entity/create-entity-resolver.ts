import type { GraphQLResolveInfo } from "graphql";
import { Args, type ClassType, Info, Query, Resolver } from "type-graphql";
import { GraphRepository } from "../../repositories/graph.repository";
import type { Connection } from "../common/connection.type";
import { ListArgs } from "../common/list.args";
import { DEFAULT_PAGE_SIZE } from "../common/page-size";
import type { Node } from "../node/node.interface";
import { pageOfEntities } from "./entity-page";
import { EntityArgs } from "./entity.args";
import { findEntity } from "./find-entity";

interface EntityResolverOptions<T extends object> {
  label: string;
  type: ClassType<T>;
  connection: ClassType<Connection<T>>;
  /** Root field for one entity, e.g. "company". */
  one: string;
  /** Root field for the list, e.g. "companies". */
  many: string;
}

/**
 * The root queries every entity type shares: one by id or by name (null when there is none), and a
 * filtered, sorted Relay connection with keyset cursors, paged forward or back. Both fetch the
 * relationships their selection nests below them in one more query (see planPrefetch), whatever the
 * depth. Feature resolvers extend the class this returns and add their own relationship fields.
 */
export function createEntityResolver<T extends Node>(options: EntityResolverOptions<T>) {
  @Resolver()
  abstract class EntityResolver {
    constructor(protected readonly repository: GraphRepository) {}

    @Query(() => options.type, {
      name: options.one,
      nullable: true,
      description: `One ${options.label} by id or by name/alias; null when there is none, so the request's other fields keep their data.`,
    })
    one(@Args() args: EntityArgs, @Info() info: GraphQLResolveInfo): Promise<T | null> {
      return findEntity<T>(this.repository, options.label, options.one, args, info);
    }

    @Query(() => options.connection, {
      name: options.many,
      nullable: true,
      description: `${options.label} list, filtered and sorted, as a Relay connection: first/after page forward, last/before page back (the first ${DEFAULT_PAGE_SIZE} without either).`,
    })
    many(@Args() args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<Connection<T>> {
      return pageOfEntities<T>(this.repository, options.label, args, info);
    }
  }
  return EntityResolver;
}
