// Jest loads reporters without transforming them, so this one small reporter is plain JavaScript.

/**
 * Prints one plain closing line, "Tests: N passed, N failed" (plus skipped), that CI systems read
 * whatever their test runner; Jest's own summary stays above it.
 */
class SummaryReporter {
  /** @param {unknown} _contexts @param {import("@jest/test-result").AggregatedResult} results */
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
    // Printed at exit, after Jest's own summary, so that it is the closing line.
    process.once("exit", () => process.stdout.write(`\n${line}\n`));
  }
}

module.exports = SummaryReporter;
