// The debrief as a take-away: "Print debrief" calls the browser's print; in print media the map
// canvas and every button disappear while the score, the accord, the timeline, what really
// happened, the delegations' hidden numbers and the discussion questions stay; a PDF is written
// for a person to look at; and the CSV and JSON downloads hold the decision log.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, SCREENSHOT_DIR, screenshot } from './browser';
import { useSession } from './session';
import { press } from './keyboard';
import { buttonNamed, playToDebrief } from './play-fast';
import type { Level } from '../../src/sim/level';
import type { GameExport } from '../../src/platform/export';
import { OWN_SCRIPT } from '../helpers/i18n-check';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const SECTIONS = ['How the score was made', 'Your timeline', 'What really happened', 'What the delegations were thinking', 'Questions for discussion'];

describe('printable debrief and exports', () => {
  it('prints a clean page, writes a PDF, and downloads the log as CSV and JSON', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      await screenshot(page, 'debrief-reveal-1366x768');

      await page.evaluate(() => { window.print = () => { document.documentElement.dataset['printed'] = 'yes'; }; });
      await press(page, buttonNamed(page, 'Print debrief'));
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printed'])).toBe('yes');

      const csvDownload = page.waitForEvent('download');
      await press(page, buttonNamed(page, 'Download CSV'));
      const csv = await csvDownload;
      expect(csv.suggestedFilename()).toBe('asean-mediator-december-2025-seed42.csv');
      const csvBytes = await readFile(await csv.path());
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvLines = csvBytes.toString('utf8').slice(1).trim().split('\r\n');
      expect(csvLines[0]).toMatch(/^step,round,action,details,/);

      const jsonDownload = page.waitForEvent('download');
      await press(page, buttonNamed(page, 'Download JSON'));
      const doc = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as GameExport;
      const vm = await page.evaluate(() => window.__asean?.getViewModel());
      expect(doc.seed).toBe(42);
      expect(doc.decisions).toHaveLength(vm!.game!.log.length);
      // One line per decision after the header (the concept check's and memo's rows follow them).
      expect(csvLines.filter((l) => /^\d+,/.test(l))).toHaveLength(doc.decisions.length);
      expect(csvLines[doc.decisions.length + 1]).toMatch(/^,+ripeness,/);
      expect(doc.outcome).toEqual(vm!.game!.outcome);

      await page.emulateMedia({ media: 'print' });
      for (const name of ['Print debrief', 'Download CSV', 'Play again', 'Main menu']) {
        await expect(buttonNamed(page, name).isVisible(), name).resolves.toBe(false);
      }
      await expect(page.locator('#game-canvas').isVisible()).resolves.toBe(false);
      for (const name of SECTIONS) {
        await expect(page.getByText(name, { exact: true }).first().isVisible(), name).resolves.toBe(true);
      }
      const ink = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('h1')!).color]);
      expect(ink).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.pdf({ path: join(SCREENSHOT_DIR, 'debrief.pdf'), format: 'A4', printBackground: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('prints the debrief in Thai and Khmer with their own fonts embedded in the PDF', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      for (const [lang, name, font] of [['th', 'ไทย', /NotoSansThai/], ['km', 'ខ្មែរ', /NotoSansKhmer/]] as const) {
        await page.locator('.language-switch').getByRole('button', { name }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(OWN_SCRIPT[lang]!);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.language-switch').isVisible()).toBe(false);
        await screenshot(page, `debrief-print-${lang}`);
        const pdf = await page.pdf({ path: join(SCREENSHOT_DIR, `debrief-${lang}.pdf`), format: 'A4', printBackground: true });
        // The script's own face is embedded (subset) in the PDF, so the shaping is the browser's.
        expect(pdf.toString('latin1')).toMatch(font);
        await page.emulateMedia({ media: 'screen' });
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
