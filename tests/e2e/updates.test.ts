// A new version deployed while a page of the old one is open. Two builds that differ in every hashed
// chunk name are served one after the other from one address. The open page of the first version
// must go on working (a lazily loaded language and scenario load without a 404), say that a new
// version is ready, and change only when the player presses Reload. A page that has no worker
// (blocked) and meets a missing chunk reloads once into the new version instead of failing.
//
// UPDATE_TEST_SOURCE=<folder> builds both versions from another checkout of the game (to show how
// an older offline worker behaves under the same steps).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './browser';
import { startStaticServer } from './global-setup';
import { screenOf } from './play-fast';
import { encodeResumeCode } from '../../src/platform/resume-code';

const source = process.env['UPDATE_TEST_SOURCE'] ?? process.cwd();
const work = mkdtempSync(join(tmpdir(), 'asean-updates-'));
const v1 = join(work, 'v1');
const v2 = join(work, 'v2');
let browser: Browser;

/**
 * Builds the game into `outDir` with its own vite.config.ts, in a child process (production mode).
 * `salt` feeds every chunk's hash, so the second version has new names for every script.
 */
async function buildVersion(outDir: string, salt: string): Promise<void> {
  const script = `
    import { build } from ${JSON.stringify(join(process.cwd(), 'node_modules', 'vite', 'dist', 'node', 'index.js'))};
    await build({
      configFile: ${JSON.stringify(join(source, 'vite.config.ts'))},
      root: ${JSON.stringify(source)},
      logLevel: 'error',
      build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true },
      plugins: [{ name: 'version-salt', augmentChunkHash: () => ${JSON.stringify(salt)} }],
    });`;
  const env = { ...process.env };
  delete env['NODE_ENV'];
  delete env['VITEST'];
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: source, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`build of ${outDir} failed (exit ${code}):\n${output}`);
}

/** The file name of the Thai interface chunk in a build. */
const thaiChunk = (dir: string) => readdirSync(join(dir, 'assets')).find((f) => /^th-.*\.js$/.test(f));
/** The entry script named by a build's index.html. */
const entryOf = (html: string) => /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1];

const th = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/locales/th/app.json'), 'utf8')) as { update: { ready: string; reload: string } };
const thMenu = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/locales/th/menu.json'), 'utf8')) as { resume: { code: string; submit: string } };
const julyCode = encodeResumeCode({ scenarioId: 'july-2025', seed: 31, difficulty: 'tense', log: '' });

async function openCode(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: thMenu.resume.code }).fill(julyCode);
  await page.getByRole('button', { name: thMenu.resume.submit, exact: true }).click();
}

const levelOf = (page: Page) => page.evaluate(() => window.__asean?.getViewModel()?.level?.id ?? null);

beforeAll(async () => {
  await Promise.all([buildVersion(v1, 'first'), launchBrowser().then((b) => (browser = b))]);
  await buildVersion(v2, 'second');
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a new version deployed under an open page', () => {
  it('keeps the open page working, says a new version is ready, and switches on Reload', async () => {
    // The two versions really differ in their chunk names.
    expect(thaiChunk(v1)).toBeDefined();
    expect(thaiChunk(v2)).not.toBe(thaiChunk(v1));
    const entry2 = entryOf(readFileSync(join(v2, 'index.html'), 'utf8'));
    let serving = v1;
    const { server, url } = await startStaticServer(() => serving);
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${url}?renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);

      // The new version goes up; another tab of the game opens (as a student's second visit would).
      serving = v2;
      // The browser checks for a new worker when a page of the game opens; this waits for that
      // check to finish installing whatever it found.
      const other = await context.newPage();
      await other.goto(`${url}?renderer=canvas`);
      await other.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
      await expect.poll(() => other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing === null), { timeout: 20_000 }).toBe(true);
      await other.close();

      // In the open page: Thai (a lazy chunk), then a July resume code (another lazy chunk).
      await page.getByRole('button', { name: 'ไทย', exact: true }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(/[\u0E00-\u0E7F]/);
      await openCode(page);
      await expect.poll(() => levelOf(page)).toBe('july-2025');
      expect(await screenOf(page)).not.toBe('menu');
      expect(errors).toEqual([]);

      // The notice, in the page's language; nothing has changed under the page yet.
      const notice = page.getByRole('status').filter({ hasText: th.update.ready });
      await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(entryOf(await page.content())).not.toBe(entry2);
      await screenshot(page, 'update-ready-th-1366x768');

      await notice.getByRole('button', { name: th.update.reload, exact: true }).click();
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type=module]')?.src ?? ''), { timeout: 20_000 }).toContain(entry2!);
      await expect.poll(() => screenOf(page)).toBe('menu');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
      expect(await page.getByRole('status').filter({ hasText: th.update.ready }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      server.closeAllConnections();
      server.close();
    }
  });

  it('reloads once into the new version when a page without a worker meets a missing chunk', async () => {
    let serving = v1;
    const { server, url } = await startStaticServer(() => serving);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(new URL(r.url()).pathname); });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(`${url}?renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      // The map's chunks (loaded after the menu) are in before the new version goes up.
      await expect.poll(() => page.locator('#game-canvas canvas').count(), { timeout: 30_000 }).toBe(1);
      serving = v2;
      let loads = 0;
      page.on('load', () => loads++);
      await page.getByRole('button', { name: 'ไทย', exact: true }).click();
      // The old Thai chunk is gone: one reload, and the new version opens in Thai.
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 20_000 }).toBe('th');
      await expect.poll(() => screenOf(page)).toBe('menu');
      expect(loads).toBe(1);
      // The Thai chunk failed (and, the click being the first gesture, the old sound library's
      // chunk): only files of the first version that the server no longer has.
      expect(failed).toContain(`/assets/${thaiChunk(v1)}`);
      for (const path of failed) expect(existsSync(join(v1, path)) && !existsSync(join(v2, path)), path).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
