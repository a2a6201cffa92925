/** Label of a request whose document did not parse or validate, so no operation was chosen. */
export const INVALID_OPERATION = "(invalid)";
/** Label of an operation without a name. */
export const ANONYMOUS_OPERATION = "(anonymous)";
/** Label of every named operation past the cap. */
export const OTHER_OPERATION = "(other)";

/**
 * The operation label of a request's metrics. Clients choose operation names, so the first `max`
 * distinct names keep their own series and later ones share "(other)": a client sending a new name
 * per request cannot grow the registry without bound. The labels in parentheses cannot collide with
 * a GraphQL name.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 200) {}

  labelOf(resolved: boolean, operationName: string | null | undefined): string {
    if (!resolved) return INVALID_OPERATION;
    if (!operationName) return ANONYMOUS_OPERATION;
    if (this.seen.has(operationName)) return operationName;
    if (this.seen.size >= this.max) return OTHER_OPERATION;
    this.seen.add(operationName);
    return operationName;
  }
}
