import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";

@ArgsType()
export class EntityArgs {
  @Field(() => ID, { nullable: true, description: "The global id (e.g. company:foton)." })
  @IsOptional()
  @MaxLength(200)
  id?: string;

  @Field(() => String, { nullable: true, description: "A name or alias; case, accents and punctuation are ignored." })
  @IsOptional()
  @MaxLength(200)
  name?: string;
}
