// Checks the arithmetic behind the last line of `npm test` ("N passed, N failed"), which CI reads:
// a wrong count there would hide failures.
import { describe, expect, it } from 'vitest';
import { countResults, summaryLine } from '../../scripts/test-summary.mjs';

describe('summaryLine', () => {
  it('reports the counts from the vitest JSON report', () => {
    expect(summaryLine({ numPassedTests: 12, numFailedTests: 0, testResults: [] })).toBe(
      '12 passed, 0 failed',
    );
    expect(summaryLine({ numPassedTests: 3, numFailedTests: 2 }, { vitestExitCode: 1 })).toBe(
      '3 passed, 2 failed',
    );
  });

  it('counts a failed type-check as one more failure', () => {
    expect(summaryLine({ numPassedTests: 5, numFailedTests: 0 }, { typecheckFailed: true })).toBe(
      '5 passed, 1 failed',
    );
    expect(
      summaryLine({ numPassedTests: 5, numFailedTests: 2 }, { typecheckFailed: true, vitestExitCode: 1 }),
    ).toBe('5 passed, 3 failed');
  });

  it('counts a test file that failed to load, since vitest counts no test in it', () => {
    const report = {
      numPassedTests: 4,
      numFailedTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{}, {}, {}, {}] },
        { status: 'failed', assertionResults: [] },
      ],
    };
    expect(countResults(report, { vitestExitCode: 1 })).toEqual({ passed: 4, failed: 1 });
  });

  it('never reports zero failures when vitest failed or left no report', () => {
    expect(summaryLine({ numPassedTests: 7, numFailedTests: 0 }, { vitestExitCode: 1 })).toBe(
      '7 passed, 1 failed',
    );
    expect(summaryLine(null)).toBe('0 passed, 1 failed');
    expect(summaryLine(null, { typecheckFailed: true })).toBe('0 passed, 2 failed');
  });

  it('treats missing or odd numbers as zero', () => {
    expect(summaryLine({}, { vitestExitCode: 0 })).toBe('0 passed, 0 failed');
    expect(summaryLine({ numPassedTests: -1, numFailedTests: Number.NaN }, { vitestExitCode: 0 })).toBe(
      '0 passed, 0 failed',
    );
  });
});
