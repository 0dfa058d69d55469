// The debrief's source list as a class in Bangkok or Phnom Penh reads it: Thai dates in the Buddhist
// era with the Gregorian year of the article beside them, Khmer dates in Khmer digits (also in
// Debian's Chromium, which has no Khmer Intl data), and titles written for the game marked as
// descriptions. Saves 1366x768 screenshots of the list for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedLevel } from '../helpers/level';
import { baseURL, launchBrowser, newPage, SCREENSHOT_DIR } from './browser';
import { playToDebrief } from './play-fast';

const SWITCH = { th: 'ไทย', km: 'ខ្មែរ' } as const;
const ID = 'july-2025';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The text before each source's title (publisher and date), one per list item. */
function sourceLeads(page: Page): Promise<string[]> {
  return page.locator('ul.sources > li').evaluateAll((items) => items.map((li) => li.firstChild?.textContent ?? ''));
}

describe('the debrief source list in Thai and Khmer', () => {
  it('dates sources as each language writes dates, at 1366x768', async () => {
    const level = await shippedLevel(ID);
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=${ID}&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      const shot = async (lang: string) => {
        await page.locator('ul.sources').evaluate((el) => el.previousElementSibling?.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `${SCREENSHOT_DIR}/debrief-sources-${ID}-${lang}.png` });
      };

      await page.locator('.language-switch').getByRole('button', { name: SWITCH.th }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
      const th = await sourceLeads(page);
      expect(th.length).toBe(level.sources.length);
      expect(th.join('\n')).toContain('28 ก.ค. 2568 (ค.ศ. 2025)'); // The Nation, Phu Makua
      for (const lead of th) expect(lead, lead).toMatch(/25(68|69) \(ค\.ศ\. 202[56]\)/);
      await expect.poll(() => page.getByText('(คำอธิบายเนื้อหา ไม่ใช่พาดหัวข่าว)').count()).toBeGreaterThan(0);
      await shot('th');

      await page.locator('.language-switch').getByRole('button', { name: SWITCH.km }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
      const km = await sourceLeads(page);
      expect(km.join('\n')).toContain('២៨ កក្កដា ២០២៥');
      for (const lead of km) expect(lead, lead).not.toMatch(/[0-9]/);
      // The player's timeline is interface text with numbers placed into it: Khmer digits too.
      const timeline = await page.locator('ol.timeline > li').allInnerTexts();
      expect(timeline.length).toBeGreaterThan(0);
      for (const line of timeline) expect(line, line).not.toMatch(/[0-9]/);
      await expect.poll(() => page.locator('.score-number').innerText()).toMatch(/^[០-៩]+$/);
      await expect.poll(() => page.getByText('(ការពិពណ៌នាខ្លឹមសារ មិនមែនចំណងជើងអត្ថបទទេ)').count()).toBeGreaterThan(0);
      await shot('km');

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
