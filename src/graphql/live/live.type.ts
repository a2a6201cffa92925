import { Field, ID, Int, ObjectType } from "type-graphql";
import { EntityChangeCause } from "../../events/live-events";
import { registerDescribedEnum } from "../common/register-described-enum";

registerDescribedEnum(EntityChangeCause, "EntityChangeCause", "What changed the facts about an entity.", {
  DOCUMENT_INGESTED: "An article that mentions it was ingested: facts about it were added or replaced.",
  DOCUMENT_DELETED: "A document that mentioned it was deleted: the facts only that document supported went with it.",
});

@ObjectType({ description: "An article that was just written to the graph." })
export class DocumentIngested {
  @Field(() => ID, { description: "The new document's id." })
  id: string;

  @Field({ description: "Its headline." })
  title: string;

  @Field(() => String, { nullable: true, description: "Its publisher, when given." })
  source: string | null;

  @Field(() => String, { nullable: true, description: "When it was published, as the EDTF date given (2024-06-04, 2024-06, 2024), when known." })
  publishedOn: string | null;

  @Field(() => Int, { description: "Entities it added to the graph." })
  newEntities: number;

  @Field(() => Int, { description: "Entities it matched in the graph." })
  existingEntities: number;

  @Field(() => Int, { description: "Facts it states." })
  facts: number;

  @Field(() => [ID], { description: "Every entity whose facts it added or replaced; each also gets an entityChanged." })
  entityIds: string[];
}

@ObjectType({ description: "A document that was just deleted, with the facts only it supported." })
export class DocumentDeleted {
  @Field(() => ID, { description: "The deleted document's id." })
  id: string;

  @Field(() => Int, { description: "Facts and mentions removed with it." })
  removedRelationships: number;

  @Field(() => [ID], { description: "Every entity it mentioned: rebuilt from its other sources, or removed; each also gets an entityChanged." })
  entityIds: string[];
}

@ObjectType({ description: "Facts about an entity were added or removed; read the entity again to see them." })
export class EntityChanged {
  @Field(() => ID, { description: "The entity's id. When the change removed its last source, the entity is gone: reading it gives null." })
  id: string;

  @Field(() => ID, { description: "The document whose ingest or deletion changed it." })
  documentId: string;

  @Field(() => EntityChangeCause, { description: "Whether a document was ingested or deleted." })
  cause: EntityChangeCause;
}
