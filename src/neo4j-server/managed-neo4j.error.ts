/**
 * A problem running the project's own Neo4j. Its message is one line that says what went wrong and
 * what to do; the CLI prints it without a stack trace.
 */
export class ManagedNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ManagedNeo4jError";
  }
}
