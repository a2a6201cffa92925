/**
 * A facts file that cannot be loaded. The message names the file and every fact at fault, so the
 * whole list can be fixed in one pass; nothing of that document has been written.
 */
export class FactsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing of this document was written:\n  - ${problems.join("\n  - ")}`);
    this.name = "FactsFileError";
  }
}
