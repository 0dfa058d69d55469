// Shared helpers for the end-to-end tests: launch Debian's chromium through playwright-core with
// the flags that work headless on CI, open pages that collect every console error and uncaught
// page error (so each test can assert "no errors"), find the served game, and save screenshots.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Folder where `screenshot()` writes its PNGs (git ignores the PNGs). */
export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** Flags for headless chromium on a machine with no GPU, no sandbox (root in CI) and no network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Console errors that are known to be harmless and are therefore not recorded. Each entry says
 * why. Only console messages of type "error" are recorded at all, so warnings such as WebGL's
 * "GPU stall due to ReadPixels" never need an entry here.
 */
export const IGNORED_CONSOLE_ERRORS: ReadonlyArray<{ pattern: RegExp; why: string }> = [];

/**
 * Launches headless chromium. Uses `CHROMIUM_PATH` if set, otherwise `/usr/bin/chromium`.
 * @returns the browser; close it in `afterAll`
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A fresh page in its own context, and the errors it has reported so far. */
export interface TrackedPage {
  /** The context the page lives in (close it to drop cookies and storage). */
  context: BrowserContext;
  /** The page itself. */
  page: Page;
  /**
   * Console errors, uncaught page errors and failed HTTP responses (status 400 and above), in the
   * order they happened, as readable one-line strings. Assert `expect(errors).toEqual([])`.
   */
  errors: string[];
}

/**
 * Opens a page in a new browser context with the given viewport and starts recording errors.
 * A new context (not `browser.newPage()`) is what @axe-core/playwright needs, and it keeps
 * storage separate between tests.
 * @param browser from `launchBrowser()`
 * @param viewport CSS pixels, e.g. `{ width: 1280, height: 720 }`
 */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (IGNORED_CONSOLE_ERRORS.some(({ pattern }) => pattern.test(text))) return;
    const where = message.location().url;
    errors.push(`console.error: ${text}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.name}: ${error.message}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, errors };
}

/**
 * The address of the game under test, ending in `/`: provided by the e2e global setup, or taken
 * from the `E2E_BASE_URL` environment variable.
 * @throws if neither is set (the test was run outside the e2e project)
 */
export function baseURL(): string {
  let url: string | undefined;
  try {
    url = inject('baseURL');
  } catch {
    url = undefined;
  }
  url ||= process.env['E2E_BASE_URL'];
  if (!url) throw new Error('No base URL: run with `vitest --project e2e` or set E2E_BASE_URL.');
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Saves a full-page PNG to `tests/e2e/screenshots/<name>.png`.
 * @param page the page to capture
 * @param name file name without extension; characters other than letters, digits, `-` and `_`
 *   become `_`
 * @returns the path of the file written
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
