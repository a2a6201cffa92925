import type { GraphQLResolveInfo } from "graphql";
import { Args, type ClassType, Info, Query, Resolver } from "type-graphql";
import { BadUserInputError, NotFoundError } from "../../errors";
import type { NodeLabel } from "../../model/graph-model";
import { GraphRepository, type ListQuery } from "../../repositories/graph.repository";
import type { Connection } from "../common/connection.type";
import { decodeCursor, encodeCursor } from "../common/cursor";
import { EntityOrder } from "../common/enums";
import { ListArgs } from "../common/list.args";
import { selectsField } from "../common/selects-field";
import { hydrateNode } from "../node/hydrate-node";
import { planPrefetch } from "../prefetch/plan-prefetch";
import type { Node } from "../node/node.interface";
import { checkFilter } from "./check-filter";
import { EntityArgs } from "./entity.args";

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
 * The root queries every entity type shares: one by id or by name, and a filtered, sorted Relay
 * connection with keyset cursors. Both fetch the relationships their selection nests below them in
 * one more query (see planPrefetch), whatever the depth. Feature resolvers extend the class this
 * returns and add their own relationship fields.
 */
export function createEntityResolver<T extends Node>(options: EntityResolverOptions<T>) {
  @Resolver()
  abstract class EntityResolver {
    constructor(protected readonly repository: GraphRepository) {}

    @Query(() => options.type, { name: options.one, description: `One ${options.label} by id or by name/alias.` })
    async one(@Args() { id, name }: EntityArgs, @Info() info: GraphQLResolveInfo): Promise<T> {
      const label = options.label as NodeLabel;
      if ((id == null) === (name == null)) {
        throw new BadUserInputError(`Give exactly one of id or name to ${options.one}.`, { argument: id == null ? "id" : "name" });
      }
      const steps = planPrefetch(info, options.label);
      if (id != null) {
        if (steps.length) await this.repository.prefetch([id], steps);
        const record = await this.repository.findById(id);
        if (!record || record.label !== options.label) throw new NotFoundError(options.label, id);
        return hydrateNode<T>(record);
      }
      const [record] = await this.repository.findByName(name as string, [label], 1);
      if (!record) throw new NotFoundError(options.label, name as string);
      if (steps.length) await this.repository.prefetch([record.properties.id as string], steps);
      return hydrateNode<T>(record);
    }

    @Query(() => options.connection, { name: options.many, description: `${options.label} list, filtered and sorted, as a Relay connection.` })
    async many(@Args() args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<Connection<T>> {
      checkFilter(options.label, args.filter);
      const query: ListQuery = {
        label: options.label as NodeLabel,
        first: args.first,
        after: args.after ? decodeCursor(args.after, args.orderBy) : null,
        byDate: args.orderBy === EntityOrder.DATE_ASC || args.orderBy === EntityOrder.DATE_DESC,
        descending: args.orderBy === EntityOrder.NAME_DESC || args.orderBy === EntityOrder.DATE_DESC,
        filter: args.filter ?? {},
      };
      const [rows, totalCount] = await Promise.all([
        this.repository.list(query),
        selectsField(info, "totalCount") ? this.repository.count(query) : Promise.resolve(-1),
      ]);
      const page = rows.slice(0, args.first);
      const steps = planPrefetch(info, options.label, ["edges", "node"]);
      if (steps.length)
        await this.repository.prefetch(
          page.map((row) => row.node.properties.id as string),
          steps,
        );
      const edges = page.map((row) => ({ cursor: encodeCursor(args.orderBy, row.sortKey, row.node.properties.id as string), node: hydrateNode<T>(row.node) }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > args.first,
          hasPreviousPage: Boolean(args.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    }
  }
  return EntityResolver;
}
