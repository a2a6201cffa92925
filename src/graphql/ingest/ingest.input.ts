import { IsOptional, IsUrl, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import type { ParsedDate } from "../../model/edtf-date";
import { DateInput } from "../common/date-input.scalar";
import { IsNodeId } from "../common/is-node-id";

const PUBLISHED_ON =
  'When the article was published, as precisely as known (2024-06-04, 2024-06, 2024): stored as given, and its first day is the reference for relative dates such as "last May".';

@InputType({ description: "An article to add to the graph. Its size limit is INGEST_MAX_BYTES." })
export class IngestDocumentInput {
  @Field({ description: "The headline." })
  @MaxLength(500, { message: "title must be at most 500 characters" })
  title: string;

  @Field({ description: "The full text, as plain UTF-8 text." })
  text: string;

  @Field(() => DateInput, { nullable: true, description: PUBLISHED_ON })
  publishedOn?: ParsedDate | null;

  @Field(() => String, { nullable: true, description: "Where the article was published: an absolute URL." })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: "url must be an absolute URL such as https://example.com/news/1" })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "The publisher, e.g. Transport Topics." })
  @IsOptional()
  @MaxLength(200, { message: "source must be at most 200 characters" })
  source?: string | null;
}

@ArgsType()
export class PreviewExtractionArgs {
  @Field({ description: "The article text." })
  text: string;

  @Field(() => DateInput, { nullable: true, description: PUBLISHED_ON })
  publishedOn?: ParsedDate | null;

  @Field(() => String, { defaultValue: "Preview", description: "A headline, used for the document id." })
  @MaxLength(500, { message: "title must be at most 500 characters" })
  title: string;
}

@ArgsType()
export class DeleteDocumentArgs {
  @Field(() => ID, { description: "The document's id, e.g. document:foton-mexico-facility-catl." })
  @IsNodeId()
  id: string;
}
