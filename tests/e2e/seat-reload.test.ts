// A student at Cambodia's seat reloads the page while the envoy's package waits for an answer:
// Continue on the menu brings back the same package to answer (not the day's own turn), the answer
// is taken, and the game plays on to its debrief, whose CSV and JSON downloads name Cambodia's seat
// (in their file names too) and carry the AM5 code that reopens the game there. By role and name, no console errors; a
// screenshot of the restored package at 1366×768.
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameExport } from '../../src/platform/export';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { screenOf as screen, buttonNamed as button } from './play-fast';
import { chooseRadio, press } from './keyboard';
import { seatStage as stage, pageHeading as heading } from './seat-page';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});


/** Answers the package on screen with Accept. */
async function accept(page: Page): Promise<void> {
  const group = page.getByRole('group', { name: 'Your answer' });
  await chooseRadio(page, group, group.getByRole('radio', { name: 'Accept', exact: true }));
  await press(page, button(page, 'Send your answer'));
}

/** The name and text of the file a download button gives. */
async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const started = page.waitForEvent('download');
  await button(page, name).click();
  const d = await started;
  return { file: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

describe("a seat's game reloaded while a package waits", () => {
  it('asks again for the answer after Continue, and its debrief downloads name the seat', async () => {
    const kh = level.sides.kh.name;
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, `Play ${kh}’s negotiator`));
      await press(page, button(page, 'Begin'));
      for (let n = 0; n < 12 && (await stage(page)) !== 'answering'; n++) {
        await expect.poll(() => stage(page)).not.toBeNull();
        await press(page, button(page, (await stage(page)) === 'own' ? 'Hand the floor to the envoy' : 'Continue'));
        await page.waitForTimeout(30);
      }
      await expect.poll(() => stage(page)).toBe('answering');
      const asked = await heading(page);
      expect(asked).toMatch(/: the envoy tables a package$/);
      const terms = await page.locator('.seat-screen').innerText();

      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('seat');
      await expect.poll(() => stage(page)).toBe('answering');
      expect(await heading(page)).toBe(asked);
      expect(await page.locator('.seat-screen').innerText()).toBe(terms);
      await screenshot(page, 'seat-reload-package-1366x768');
      await accept(page);
      await expect.poll(() => stage(page)).toBe('responding');

      for (let n = 0; n < 80 && (await screen(page)) === 'seat'; n++) {
        await expect.poll(() => stage(page)).not.toBeNull();
        const s = await stage(page);
        if (s === 'own') await press(page, button(page, 'Hand the floor to the envoy'));
        else if (s === 'answering') await accept(page);
        else await press(page, button(page, 'Continue'));
        await page.waitForTimeout(30);
      }
      await expect.poll(() => screen(page)).toBe('debrief');
      const { file, text: csv } = await download(page, 'Download CSV');
      expect(file).toBe('asean-mediator-december-2025-seed42-kh.csv');
      expect(csv).toContain(`Played as ${kh}’s negotiator`);
      const doc = JSON.parse((await download(page, 'Download JSON')).text) as GameExport;
      expect(doc).toMatchObject({ seat: 'kh', seatName: kh });
      expect(doc.resumeCode).toMatch(/^AM5\./);
      expect(csv).toContain(doc.resumeCode!);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
