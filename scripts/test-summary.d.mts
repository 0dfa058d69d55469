// Types for scripts/test-summary.mjs, so TypeScript tests can import the plain-JS module
// without turning on allowJs for the whole project.

/** The fields of vitest's JSON report (`--reporter=json`) that the summary reads. */
export interface VitestJsonReport {
  /** Tests that passed. */
  numPassedTests?: number;
  /** Tests that failed. */
  numFailedTests?: number;
  /** One entry per test file. */
  testResults?: Array<{ status?: string; assertionResults?: unknown[] }>;
}

/** What happened around the vitest run, beyond the report itself. */
export interface RunOutcome {
  /** `tsc --noEmit` exited non-zero (counts as one failure). */
  typecheckFailed?: boolean;
  /** Vitest's exit code; non-zero with no failure in the report counts as one failure. */
  vitestExitCode?: number | null;
}

/** Counts passes and failures of a whole `npm test` run. */
export function countResults(
  report: VitestJsonReport | null | undefined,
  outcome?: RunOutcome,
): { passed: number; failed: number };

/** Formats the summary line, for example `12 passed, 0 failed`. */
export function summaryLine(report: VitestJsonReport | null | undefined, outcome?: RunOutcome): string;
