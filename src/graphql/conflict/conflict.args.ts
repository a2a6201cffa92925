import { IsOptional, MaxLength, MinLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import type { ConflictStatus } from "../../model/conflict";
import { IsNodeId } from "../common/is-node-id";
import { PageArgs } from "../common/page.args";
import { ConflictStatusEnum } from "./conflict.type";

@ArgsType()
export class ConflictsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only conflicts about this node." })
  @IsOptional()
  @IsNodeId()
  entity?: string | null;

  @Field(() => ConflictStatusEnum, { nullable: true, description: "Only OPEN or only RESOLVED conflicts." })
  @IsOptional()
  status?: ConflictStatus | null;
}

@ArgsType()
export class ResolveConflictArgs {
  @Field(() => ID, { description: "The conflict's id." })
  @MinLength(1, { message: "id must not be empty" })
  @MaxLength(200, { message: "id must be at most 200 characters" })
  id: string;

  @Field(() => ID, { description: "The id of the claim you prefer: one of the conflict's claims." })
  @MinLength(1, { message: "preferredClaim must not be empty" })
  @MaxLength(200, { message: "preferredClaim must be at most 200 characters" })
  preferredClaim: string;

  @Field({ description: "Why you prefer it (a source you checked, a later statement), 1 to 2000 characters." })
  @MinLength(1, { message: "note must say why the claim is preferred" })
  @MaxLength(2000, { message: "note must be at most 2000 characters" })
  note: string;
}
