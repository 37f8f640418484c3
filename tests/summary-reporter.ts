/**
 * Prints one plain closing line, `Vitest: N passed, N failed, N skipped`, after the default
 * reporter's summary, so that CI logs state the count in a form any tool can read.
 */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of testModules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (m.state() === "failed" && [...m.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(`\nVitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
