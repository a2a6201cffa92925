import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type";
import { Node } from "../node/node.interface";

@ObjectType({ implements: Node, description: "A source document; every fact points back to one, with its quote." })
export class Document extends Node {
  @Field()
  get title(): string {
    return this.string("title") ?? this.name;
  }

  @Field({ description: "The full text; provenance offsets index into it." })
  get text(): string {
    return this.string("text") ?? "";
  }

  @Field(() => String, { nullable: true })
  get source(): string | null {
    return this.string("source");
  }

  @Field(() => String, { nullable: true })
  get url(): string | null {
    return this.string("url");
  }

  @Field(() => String, { nullable: true, description: "The seed file it was loaded from." })
  get file(): string | null {
    return this.string("file");
  }

  @Field({ description: "SHA-256 of the text." })
  get contentHash(): string {
    return this.string("contentHash") ?? "";
  }

  @Field(() => PartialDate, { nullable: true })
  get publishedOn(): PartialDate | null {
    return this.dateProperty("publishedOn");
  }
}
