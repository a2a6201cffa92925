import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { NodeLabel, RelationshipType } from "../../model/graph-model";
import { documentType, graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import type { Node } from "../node/node.interface";

@ObjectType({ description: "An entity an article names, and whether it was already in the graph." })
export class ExtractedEntity {
  @Field(() => ID, { description: "The entity's id: the existing node's, or the one a new node gets." })
  id: string;

  @Field(() => graphEnum(NODE_LABEL_ENUM), { description: "What kind of node it is." })
  label: NodeLabel;

  @Field({ description: "The name the article uses most." })
  name: string;

  @Field(() => [String], { description: "Other names the article uses for it." })
  aliases: string[];

  @Field({ description: "True when it matched an entity already in the graph; false when it is new." })
  existing: boolean;

  @Field(() => Float, { description: "How sure the extractor is that the article names this entity, 0 to 1." })
  confidence: number;

  @Field({ description: "The sentence it was found in." })
  quote: string;
}

@ObjectType({ description: "A fact an article states, as a relationship, with the sentence it comes from." })
export class ExtractedFact {
  @Field(() => ID, { description: "The id the relationship gets (or has) in the graph." })
  id: string;

  @Field(() => graphEnum(RELATIONSHIP_TYPE_ENUM), { description: "What kind of fact it is." })
  type: RelationshipType;

  @Field(() => ID, { description: "The id of the entity the fact starts from." })
  from: string;

  @Field(() => ID, { description: "The id of the entity the fact points to." })
  to: string;

  @Field(() => Float, { description: "How sure the extractor is of the fact, 0 to 1." })
  confidence: number;

  @Field({ description: "The sentence that states it." })
  quote: string;
}

@ObjectType({ description: "What the extractor reads from an article." })
export class Extraction {
  @Field(() => ID, { description: "The id the document gets (or has) in the graph." })
  documentId: string;

  @Field({ description: "Version of the extractor, stored on every extracted fact." })
  extractorVersion: string;

  @Field(() => Int, { description: "Sentences read (page furniture excluded)." })
  sentences: number;

  @Field(() => [ExtractedEntity], { description: "The entities the article names." })
  entities: ExtractedEntity[];

  @Field(() => [ExtractedFact], { description: "The facts the article states." })
  facts: ExtractedFact[];
}

@ObjectType({ description: "What ingesting an article did." })
export class IngestResult {
  @Field({ description: "False when the same text was ingested before: nothing was written." })
  written: boolean;

  @Field({ description: "What happened, in a sentence." })
  message: string;

  @Field(() => documentType(), { nullable: true, description: "The document in the graph." })
  document: Node | null;

  @Field(() => Int, { description: "Entities the article added to the graph." })
  newEntities: number;

  @Field(() => Int, { description: "Entities the article matched in the graph." })
  existingEntities: number;

  @Field(() => Extraction, { description: "What the extractor read from the article." })
  extraction: Extraction;
}

@ObjectType({ description: "What deleting a document removed." })
export class DeleteDocumentResult {
  @Field(() => ID, { description: "The deleted document's id." })
  documentId: string;

  @Field(() => Int, { description: "Facts and mentions removed with it." })
  removedRelationships: number;

  @Field(() => Int, { description: "Entities it mentioned: rebuilt from their other sources, or removed when it was their only one." })
  entitiesTouched: number;
}
