import { IsOptional, Matches, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { IsNodeId } from "../common/is-node-id";

@ArgsType()
export class EntityArgs {
  @Field(() => ID, { nullable: true, description: "The global id (e.g. company:foton). An id of another type, or of no node, gives null." })
  @IsOptional()
  @IsNodeId()
  id?: string;

  @Field(() => String, {
    nullable: true,
    description: "A name or alias; case, accents and punctuation are ignored. A name several entities share is BAD_USER_INPUT listing their ids.",
  })
  @IsOptional()
  @MaxLength(200, { message: "name must be at most 200 characters" })
  @Matches(/[\p{L}\p{N}]/u, { message: "name must be a name or alias with at least one letter or digit, such as Foton" })
  name?: string;
}
