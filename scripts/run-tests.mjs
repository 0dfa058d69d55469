#!/usr/bin/env node
// The whole test run behind `npm test`: type-check, then every vitest project, then one plain
// closing line "N passed, N failed" that CI reads (vitest's own closing lines are decorated).
// A type-check failure counts as one failure and vitest still runs, so one run shows everything.
// Exits non-zero if anything failed. Needs no TTY; works the same with CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countResults, summaryLine } from './test-summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = join(root, 'vitest-report.json');

/**
 * Runs a Node script from node_modules with the output passed straight through.
 * @param {string} script path of the script inside the project
 * @param {string[]} args
 * @returns {{ code: number, seconds: number }}
 */
function runNode(script, args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.error) console.error(result.error);
  const code = result.status ?? 1;
  return { code, seconds: (performance.now() - started) / 1000 };
}

// A report left from an earlier run must never be read as this run's result.
rmSync(reportPath, { force: true });

const tsc = runNode('node_modules/typescript/bin/tsc', ['--noEmit', '--pretty', 'false']);
const vitest = runNode('node_modules/vitest/vitest.mjs', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${reportPath}`,
]);

/** @type {import('./test-summary.mjs').VitestJsonReport | null} */
let report = null;
if (existsSync(reportPath)) {
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch (error) {
    console.error(`Could not read ${reportPath}: ${String(error)}`);
  }
} else {
  console.error('vitest left no JSON report.');
}

const outcome = { typecheckFailed: tsc.code !== 0, vitestExitCode: vitest.code };
const { failed } = countResults(report, outcome);
console.log(
  `\ntype-check: ${tsc.code === 0 ? 'ok' : 'FAILED'} (${tsc.seconds.toFixed(1)} s); ` +
    `vitest: exit ${vitest.code} (${vitest.seconds.toFixed(1)} s)`,
);
console.log(summaryLine(report, outcome));
process.exitCode = failed > 0 || tsc.code !== 0 || vitest.code !== 0 ? 1 : 0;
