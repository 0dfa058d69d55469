// Turns vitest's JSON report into the one plain line CI reads last: "N passed, N failed".
// Kept pure and separate from scripts/run-tests.mjs so a unit test can check the arithmetic.

/**
 * The fields of vitest's JSON report (`--reporter=json`) that the summary reads.
 * @typedef {object} VitestJsonReport
 * @property {number} [numPassedTests] tests that passed
 * @property {number} [numFailedTests] tests that failed
 * @property {Array<{ status?: string, assertionResults?: unknown[] }>} [testResults] one entry per test file
 */

/**
 * What happened around the vitest run, beyond the report itself.
 * @typedef {object} RunOutcome
 * @property {boolean} [typecheckFailed] `tsc --noEmit` exited non-zero (counts as one failure)
 * @property {number | null} [vitestExitCode] vitest's exit code; a non-zero code with no failure
 *   in the report (an unhandled error, a crash) counts as one failure
 */

/**
 * Counts passes and failures of a whole `npm test` run.
 *
 * Failures are `numFailedTests`, plus one for a failed type-check, plus one for each test file
 * that failed without any test result (it did not load, so vitest counted no test in it), plus one
 * when vitest exited non-zero although nothing else failed, or left no report at all.
 * @param {VitestJsonReport | null | undefined} report the parsed report, or null if there is none
 * @param {RunOutcome} [outcome]
 * @returns {{ passed: number, failed: number }}
 */
export function countResults(report, outcome = {}) {
  const passed = numberOr0(report?.numPassedTests);
  let failed = numberOr0(report?.numFailedTests);
  if (report) {
    for (const file of report.testResults ?? []) {
      const empty = !Array.isArray(file.assertionResults) || file.assertionResults.length === 0;
      if (file.status === 'failed' && empty) failed += 1;
    }
  }
  const vitestBroke = !report || (outcome.vitestExitCode != null && outcome.vitestExitCode !== 0);
  if (vitestBroke && failed === 0) failed = 1;
  if (outcome.typecheckFailed) failed += 1;
  return { passed, failed };
}

/**
 * Formats the summary line, for example `12 passed, 0 failed`.
 * @param {VitestJsonReport | null | undefined} report the parsed report, or null if there is none
 * @param {RunOutcome} [outcome]
 * @returns {string}
 */
export function summaryLine(report, outcome = {}) {
  const { passed, failed } = countResults(report, outcome);
  return `${passed} passed, ${failed} failed`;
}

/**
 * @param {unknown} value
 * @returns {number}
 */
function numberOr0(value) {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
