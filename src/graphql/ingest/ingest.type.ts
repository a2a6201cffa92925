import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { NodeLabel, RelationshipType } from "../../model/graph-model";
import { documentType, graphEnum } from "../model/active-model";
import { NODE_LABEL_ENUM, RELATIONSHIP_TYPE_ENUM } from "../model/model-enums";
import type { Node } from "../node/node.interface";

@ObjectType({ description: "An entity an article names, and whether it was already in the graph." })
export class ExtractedEntity {
  @Field(() => ID)
  id: string;

  @Field(() => graphEnum(NODE_LABEL_ENUM))
  label: NodeLabel;

  @Field()
  name: string;

  @Field(() => [String], { description: "Other names the article uses for it." })
  aliases: string[];

  @Field({ description: "True when it matched an entity already in the graph; false when it is new." })
  existing: boolean;

  @Field(() => Float)
  confidence: number;

  @Field({ description: "The sentence it was found in." })
  quote: string;
}

@ObjectType({ description: "A fact an article states, as a relationship, with the sentence it comes from." })
export class ExtractedFact {
  @Field(() => ID)
  id: string;

  @Field(() => graphEnum(RELATIONSHIP_TYPE_ENUM))
  type: RelationshipType;

  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;

  @Field(() => Float)
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

  @Field(() => [ExtractedEntity])
  entities: ExtractedEntity[];

  @Field(() => [ExtractedFact])
  facts: ExtractedFact[];
}

@ObjectType()
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

  @Field(() => Extraction)
  extraction: Extraction;
}

@ObjectType()
export class DeleteDocumentResult {
  @Field(() => ID)
  documentId: string;

  @Field(() => Int, { description: "Facts and mentions removed with it." })
  removedRelationships: number;

  @Field(() => Int, { description: "Entities it mentioned: rebuilt from their other sources, or removed when it was their only one." })
  entitiesTouched: number;
}
