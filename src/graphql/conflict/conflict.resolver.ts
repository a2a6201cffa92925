import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { WRITE_SCOPE } from "../../auth/authenticate";
import { BadUserInputError, NotFoundError } from "../../errors";
import { ConflictRepository } from "../../repositories/conflict.repository";
import { GraphRepository } from "../../repositories/graph.repository";
import type { Connection } from "../common/connection.type";
import { pageOfList } from "../common/page-of-list";
import type { GraphContext } from "../context";
import { requireNode } from "../entity/related-nodes";
import { Node } from "../node/node.interface";
import { ConflictsArgs, ResolveConflictArgs } from "./conflict.args";
import { Conflict, ConflictConnection, toConflict } from "./conflict.type";

@Resolver(() => Conflict)
export class ConflictResolver {
  constructor(
    private readonly store: ConflictRepository,
    private readonly repository: GraphRepository,
  ) {}

  @Query(() => ConflictConnection, {
    nullable: true,
    description: "Where sources disagree, by subject: every claim with its quotes. Filter by entity and status.",
  })
  async conflicts(@Args() args: ConflictsArgs): Promise<Connection<Conflict>> {
    const records = await this.store.list(args.entity ?? null, args.status ?? null);
    return pageOfList(records.map(toConflict), args, "conflicts");
  }

  @FieldResolver(() => Node, { description: "The node the claims are about." })
  subject(@Root() conflict: Conflict): Promise<Node> {
    return requireNode(this.repository, conflict.subjectId, "Node");
  }

  @Authorized(WRITE_SCOPE)
  @Mutation(() => Conflict, {
    description: "Resolves an open conflict in favour of one of its claims, with a note saying why. Every claim stays in the graph. Needs the write scope.",
  })
  async resolveConflict(@Args() { id, preferredClaim, note }: ResolveConflictArgs, @Ctx() context: GraphContext): Promise<Conflict> {
    const existing = await this.store.findById(id);
    if (!existing) throw new NotFoundError("Conflict", id);
    const conflict = toConflict(existing);
    if (conflict.status !== "OPEN") {
      throw new BadUserInputError(`Conflict "${id}" is already ${conflict.status} in favour of ${conflict.preferredClaim}; nothing was changed.`, { id });
    }
    const claimIds = conflict.claims.map((claim) => claim.id);
    if (!claimIds.includes(preferredClaim)) {
      throw new BadUserInputError(`"${preferredClaim}" is not a claim of conflict "${id}"; pass one of ${claimIds.join(", ")}.`, { id });
    }
    const resolved = await this.store.resolve(id, preferredClaim, note, context.principal.kind);
    if (!resolved) throw new BadUserInputError(`Conflict "${id}" changed while it was being resolved; read it again and retry.`, { id });
    return toConflict(resolved);
  }
}

@Resolver(() => Node)
export class NodeConflictsResolver {
  constructor(private readonly store: ConflictRepository) {}

  @FieldResolver(() => [Conflict], { description: "Where sources disagree about this node: every conflict whose claims are about it." })
  async conflicts(@Root() node: Node): Promise<Conflict[]> {
    return (await this.store.list(node.id, null)).map(toConflict);
  }
}
