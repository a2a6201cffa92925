import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/**
 * A facts file, or the extractor's reading of an article, that breaks the model: an unknown label,
 * a property the label does not declare, a quote that is not in the text. The message names the
 * source and every problem, so that all of them can be fixed in one pass; nothing of the document
 * was written.
 */
export class InvalidFactsError extends GraphQLError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing of this document was written:\n  - ${problems.join("\n  - ")}`, {
      extensions: { code: ErrorCode.InvalidFacts, source: file, problems },
    });
    this.name = "InvalidFactsError";
  }
}
