// Prints one plain closing line, `N passed, N failed[, N skipped]`, that any CI log reader understands.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that crashes before its tests run has no failed tests but must still count as a failure.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
