import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

export class BadUserInputError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BadUserInput, ...details } });
  }
}
