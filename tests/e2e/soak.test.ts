// Soak: 100 games in a row in one browser tab, by the fastest path through the real buttons (the
// in-page player of the benchmark), with no console error and no JS heap growth past 10% between
// game 50 and game 100 (garbage collected before each reading; the test says why not from game 5).
// A leak of a listener, a timer, a Phaser object or a screen's DOM per game shows here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, newPage } from './browser';
import { playGamesInPage } from '../../scripts/bench/drive';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

describe('soak', () => {
  it('plays 100 games in one tab with no console error and no heap growth past 10% once warm', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      // July on the violent setting ends soonest when the envoy only ends rounds: the fastest full games.
      await page.goto(`${baseURL()}?scenario=july-2025&difficulty=violent&renderer=canvas`);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['screen'])).toMatch(/^(menu|briefing)$/);
      const started = performance.now();
      expect(await playGamesInPage(page, 5, 60_000, false)).toBe(5);
      const at5 = await heapAfterGc(page);
      expect(await playGamesInPage(page, 45, 120_000, false)).toBe(45);
      const at50 = await heapAfterGc(page);
      expect(await playGamesInPage(page, 50, 120_000, false)).toBe(50);
      const at100 = await heapAfterGc(page);
      const mb = (x: number) => (x / 1048576).toFixed(2);
      console.log(`[soak] 100 games in ${((performance.now() - started) / 1000).toFixed(1)} s; heap ${mb(at5)} MB after 5, ${mb(at50)} after 50, ${mb(at100)} after 100`);
      // The first dozens of games still grow the heap with compiled code and type feedback, which
      // levels off; a leak keeps growing. So the second fifty games must not grow it past the goal.
      expect(at100 / at50).toBeLessThanOrEqual(1.1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
