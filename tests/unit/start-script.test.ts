// `npm start` on a machine without a desktop (a Chromebook's Linux shell, CI, a server): it must
// serve the game and print where, without trying to open a browser (which fails there with
// `Error: spawn xdg-open ENOENT`). The test starts it, reads its output and stops it.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A stand-in for xdg-open, first on the PATH: it only writes down what it was asked to open.
const bin = mkdtempSync(join(tmpdir(), 'asean-start-'));
const opened = join(bin, 'opened.txt');
writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\necho "$@" >> '${opened}'\n`);
chmodSync(join(bin, 'xdg-open'), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** The text without ANSI colour codes. */
const plain = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs `npm start` until it has been serving for a moment; returns everything it printed. */
async function startAndRead(): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
  delete env['BROWSER'];
  const child = spawn('npm', ['start'], { cwd: process.cwd(), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  try {
    const ready = Date.now();
    // Vite colours its output where CI is set (picocolors reads CI): read it without the colours.
    while (!/Local:\s+http:\/\/127\.0\.0\.1:\d+\//.test(plain(output))) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
      if (Date.now() - ready > 60_000) throw new Error(`npm start did not say where it serves:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // A browser is opened just after the server is ready: give that attempt time to fail.
    await new Promise((r) => setTimeout(r, 2_000));
    return plain(output);
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('close', r)));
  }
}

describe('npm start', () => {
  it('serves the game on 127.0.0.1 and tries to open no browser', async () => {
    const output = await startAndRead();
    expect(output).toMatch(/Local:\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(output).not.toMatch(/xdg-open|ENOENT|Error/);
    expect(existsSync(opened) ? readFileSync(opened, 'utf8') : 'nothing opened').toBe('nothing opened');
  }, 90_000);
});
