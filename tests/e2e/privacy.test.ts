// Privacy: during a whole game of the built site no request leaves the page's own origin (no
// fonts, scripts or analytics from elsewhere), and the Content-Security-Policy, which forbids eval
// and inline code, blocks nothing the game needs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage } from './browser';
import { playToDebrief } from './play-fast';
import { watchPrivacy } from './privacy';
import { shippedLevel } from '../helpers/level';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('privacy', () => {
  it('keeps every request on its own origin and trips no CSP rule in a whole game', async () => {
    const level = await shippedLevel('december-2025');
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      const watch = await watchPrivacy(page, new URL(baseURL()).origin);
      await page.goto(`${baseURL()}?scenario=december-2025&seed=3&renderer=canvas`);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
      await playToDebrief(page, level);
      expect(watch.offOrigin).toEqual([]);
      expect(await watch.violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
