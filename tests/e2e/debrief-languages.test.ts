// The July and December debriefs as a class in Bangkok or Phnom Penh reads them: played to the end,
// switched to Thai and Khmer, with the corrected record in the reader's words (a closed Security
// Council session, not a secret one; both accounts of Preah Vihear; the AFP count of 21 December),
// saved as 1366x768 screenshots for a person to look at.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedLevel } from '../helpers/level';
import { join } from 'node:path';
import { baseURL, launchBrowser, newPage, screenshot, SCREENSHOT_DIR } from './browser';
import { playToDebrief } from './play-fast';
import { thaiMidWordBreaks } from './page-words';

const SWITCH = { th: 'ไทย', km: 'ខ្មែរ' } as const;

/** Words each debrief must show in each language, and words it must not. */
const EXPECT: Record<string, Record<'th' | 'km', { shows: string[]; never: string[] }>> = {
  'july-2025': {
    th: { shows: ['ประชุมแบบปิด', 'ยังเป็นข้อพิพาท: ปราสาทพระวิหาร', 'พนมทรัพย์', 'ระเบิดลูกปราย'], never: ['ประชุมลับ'] },
    km: { shows: ['ប្រជុំបិទទ្វារ', 'នៅតែជាចំណុចវិវាទ៖ ប្រាសាទព្រះវិហារ', 'ដណ្តើមយកភ្នំទ្រព្យ', 'គ្រាប់បែកចង្កោម'], never: ['ប្រជុំជាសម្ងាត់', 'ដណ្តើមកាន់កាប់'] },
  },
  'december-2025': {
    th: { shows: ['AFP', 'ยังเป็นข้อพิพาท: ความเสียหายต่อโบราณสถาน'], never: ['525,231'] },
    km: { shows: ['AFP', 'នៅតែជាចំណុចវិវាទ៖ ការខូចខាតប្រាសាទ'], never: ['525,231', '៥២៥'] },
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(EXPECT))('the %s debrief in Thai and Khmer', (id) => {
  it('shows the corrected record in each language, at 1366x768', async () => {
    const level = await shippedLevel(id);
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=${id}&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      for (const lang of ['th', 'km'] as const) {
        await page.locator('.language-switch').getByRole('button', { name: SWITCH[lang] }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const { shows, never } = EXPECT[id]![lang];
        for (const words of shows) await expect.poll(() => page.getByText(words).count(), { message: words }).toBeGreaterThan(0);
        const body = await page.locator('body').innerText();
        for (const words of never) expect(body, words).not.toContain(words);
        const full = await screenshot(page, `debrief-${id}-${lang}`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: full.replace(/\.png$/, '-top.png') });
        for (const [i, words] of shows.slice(0, 2).entries()) {
          await page.getByText(words).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: full.replace(/\.png$/, `-record-${i + 1}.png`) });
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the delegations' table of the debrief on a phone", () => {
  it('wraps Thai words between words, never inside one, and fits its card without sideways scrolling', async () => {
    const level = await shippedLevel('july-2025');
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=july-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      await page.setViewportSize({ width: 390, height: 844 });
      for (const lang of ['th', 'km', 'en'] as const) {
        if (lang === 'en') await page.locator('.language-switch').getByRole('button', { name: 'English' }).click();
        else await page.locator('.language-switch').getByRole('button', { name: SWITCH[lang] }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const panel = page.locator('.reveal-panel');
        if (lang === 'th') {
          await expect.poll(() => panel.locator('table.reveal').first().innerText()).toMatch(/[\u0E00-\u0E7F]/);
          expect.soft(await thaiMidWordBreaks(page, '.reveal-panel table.reveal th, .reveal-panel table.reveal td'), 'Thai words broken inside a word').toEqual([]);
        }
        expect.soft(await panel.locator('.table-scroll').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length), `${lang}: a table wider than its card`).toBe(0);
        await panel.screenshot({ path: join(SCREENSHOT_DIR, `debrief-reveal-${lang}-390.png`) });
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
