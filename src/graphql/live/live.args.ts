import { ArgsType, Field, ID } from "type-graphql";
import { IsNodeId } from "../common/is-node-id";

@ArgsType()
export class EntityChangedArgs {
  @Field(() => ID, { description: "The entity to watch, e.g. company:foton." })
  @IsNodeId()
  id: string;
}
