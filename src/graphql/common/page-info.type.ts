import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description: "Where a page stands in its list (Relay Cursor Connections). To page forward pass endCursor as after; to page back pass startCursor as before.",
})
export class PageInfo {
  @Field({ description: "Whether items come after this page's last edge, in this order and filter: true means first/after would find more." })
  hasNextPage: boolean;

  @Field({ description: "Whether items come before this page's first edge, in this order and filter: true means last/before would find more." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first edge; null when the page is empty." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last edge; null when the page is empty." })
  endCursor: string | null;
}
