import { IsBase64, IsNotEmpty, IsOptional, ValidateBy } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { InRange } from "./in-range";
import type { PageArguments } from "./page-request";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size";

/** Refuses `last` when `first` is given too: a page is taken from one end of the window, not both. */
function NotWithFirst(): PropertyDecorator {
  return ValidateBy({
    name: "notWithFirst",
    validator: {
      validate: (_value, args) => (args?.object as PageArguments | undefined)?.first == null,
      defaultMessage: () => "give first or last, not both: first pages forward from after, last pages back from before",
    },
  });
}

/**
 * The Relay paging arguments every connection takes: first/after to page forward, last/before to
 * page back. Extend it for a connection's own arguments; readPageArguments turns it into a request.
 */
@ArgsType()
export class PageArgs implements PageArguments {
  @Field(() => Int, {
    nullable: true,
    description: `Page forward: the first this many items after \`after\` (1 to ${MAX_PAGE_SIZE}). ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  @IsOptional()
  @InRange(1, MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Start after this cursor: the endCursor of the previous page." })
  @IsOptional()
  @IsNotEmpty({ message: "after must not be empty: pass the endCursor of a page, or leave after out" })
  @IsBase64(undefined, { message: "after must be a cursor this API returned, such as the endCursor of a page" })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page back: the last this many items before \`before\` (1 to ${MAX_PAGE_SIZE}). Not with first.` })
  @IsOptional()
  @InRange(1, MAX_PAGE_SIZE)
  @NotWithFirst()
  last?: number | null;

  @Field(() => String, { nullable: true, description: "End before this cursor: the startCursor of the next page." })
  @IsOptional()
  @IsNotEmpty({ message: "before must not be empty: pass the startCursor of a page, or leave before out" })
  @IsBase64(undefined, { message: "before must be a cursor this API returned, such as the startCursor of a page" })
  before?: string | null;
}
