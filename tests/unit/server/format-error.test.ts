import { GraphQLError } from "graphql";
import { testConfigFor } from "./test-config";
import { formatError } from "../../../src/server/format-error";
import { InvalidFactsError, NotFoundError } from "../../../src/errors";

const internal = new GraphQLError("Unexpected", {
  originalError: new Error("Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n at bolt://10.0.0.5:7687"),
  extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["Error: at neo4j-driver/lib/session.js:42"] },
});

describe("formatError", () => {
  it("masks an unexpected error in production: no message, no stack, no Cypher", () => {
    const formatted = formatError(testConfigFor("production"))({ message: internal.originalError!.message, extensions: internal.extensions }, internal);
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keeps the errors of this API, with their code and message, but never a stack in production", () => {
    const error = new NotFoundError("Company", "Tesla");
    const formatted = formatError(testConfigFor("production"))({ message: error.message, extensions: { ...error.extensions, stacktrace: ["x"] } }, error);
    expect(formatted.message).toBe(error.message);
    expect(formatted.extensions).toEqual({ code: "NOT_FOUND", id: "Tesla" });
  });

  it("labels a limit refusal with QUERY_LIMIT_EXCEEDED and the limit's name", () => {
    const formatted = formatError(testConfigFor("production"))(
      { message: "Syntax Error: Query depth limit of 10 exceeded, found 12.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      null,
    );
    expect(formatted.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth", max: 10 });
  });

  it("keeps a facts file's problems as INVALID_FACTS with the list, never as an internal error", () => {
    const error = new InvalidFactsError("001.facts.yaml", ['entity company:x: property "colour" is not declared for Company (declared: kind, description)']);
    const formatted = formatError(testConfigFor("production"))({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.message).toContain("001.facts.yaml: 1 problem; nothing of this document was written");
    expect(formatted.extensions).toEqual({
      code: "INVALID_FACTS",
      source: "001.facts.yaml",
      problems: [expect.stringContaining('property "colour" is not declared for Company')],
    });
  });
});
