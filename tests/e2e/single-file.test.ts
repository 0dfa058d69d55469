// The single-file build: `npm run build:single` writes one HTML file with everything inlined, and
// that file, opened from file:// with no server, plays the December scenario to the debrief,
// loading nothing from anywhere and tripping no rule of its Content-Security-Policy.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './browser';
import { playToDebrief } from './play-fast';
import { watchPrivacy } from './privacy';
import { shippedLevel } from '../helpers/level';

const root = process.cwd();
const outDir = join(root, 'dist-single');
let browser: Browser;

/** Runs the single-file build in a child process (like the e2e setup's main build). */
async function buildSingle(): Promise<void> {
  const env = { ...process.env };
  delete env['NODE_ENV'];
  delete env['VITEST'];
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--config', 'vite.single.config.ts', '--logLevel', 'error'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`single-file build failed (exit ${code}):\n${output}`);
}

beforeAll(async () => {
  await Promise.all([buildSingle(), launchBrowser().then((b) => (browser = b))]);
});
afterAll(async () => {
  await browser?.close();
});

describe('single-file build', () => {
  it('is one self-contained HTML file', () => {
    expect(readdirSync(outDir)).toEqual(['index.html']);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(html).toMatch(/data:audio\/wav;base64,/);
    expect(html).toMatch(/Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-/);
    expect(html).not.toMatch(/unsafe-eval|unsafe-inline/);
    // No service worker: none is written, and no code registers one.
    expect(html).not.toMatch(/sw\.js|serviceWorker/);
  });

  it('plays the December scenario from file:// to the debrief', async () => {
    const level = await shippedLevel('december-2025');
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      const watch = await watchPrivacy(page, 'file://');
      await page.goto(`${pathToFileURL(join(outDir, 'index.html')).href}?renderer=canvas#scenario=december-2025&seed=12`);
      await playToDebrief(page, level);
      await screenshot(page, 'single-file-debrief-1366x768');
      expect(watch.offOrigin).toEqual([]);
      expect(await watch.violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
