// The debrief and the mediator's memo as a class in Bangkok or Phnom Penh prints them: a game played
// to its debrief, the memo written in long Thai or Khmer prose (with an address and a long code in
// it, as students paste them), then laid out for print. Thai and Khmer put no spaces between words,
// so a line may only end where the language's own word segmenter puts a word boundary; an address or
// a code may break anywhere, but nothing may run past the paper. Checked at 1366x768 and at the
// width of an A4 page inside its margins, with screenshots and a PDF for a person to look at.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, baseURL, screenshot, SCREENSHOT_DIR } from './browser';
import { shippedLevel } from '../helpers/level';
import { playToDebrief } from './play-fast';
import { midWordBreaks } from './page-words';
import thGrade from '../../src/i18n/locales/th/grade.json';
import kmGrade from '../../src/i18n/locales/km/grade.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An address and a code with no break opportunity of their own, longer than any printed line. */
const ADDRESS = 'https://asean.org/our-communities/asean-political-security-community/peaceful-secure-and-stable-region/maintaining-regional-peace-and-security/border-committee-minutes';
const CODE = `AM1-${'q7Zk2Xw9Rt4Lp8Vn3Bc6Hy5Jd0Mf1Gs'.repeat(6)}`;

/** The memo's three answers in each language, long enough to wrap many times on paper. */
const MEMO = {
  th: {
    grade: thGrade,
    switch: 'ไทย',
    tried: 'ฉันเริ่มจากการเปิดสายด่วนทางทหารและส่งผู้สังเกตการณ์ชั่วคราวไปที่ชายแดน เพราะทั้งสองฝ่ายต้องการหลักฐานว่าอีกฝ่ายหยุดยิงจริง จากนั้นฉันจึงเสนอข้อตกลงที่ยุติธรรมซึ่งรวมถึงการเก็บกู้ทุ่นระเบิดร่วมกันและการเจรจาเรื่องเส้นเขตแดนในคณะกรรมการชายแดนทั่วไป ฉันไม่ได้ใช้การขู่ขึ้นภาษีของสหรัฐอเมริกาเพราะแรงกดดันแบบนั้นทำให้ลงนามได้เร็วแต่สันติภาพไม่ยั่งยืน',
    refused: 'ฝ่ายไทยปฏิเสธข้อเสนอแรกเพราะประชาชนในประเทศจะไม่ยอมรับการถอนทหารก่อนที่จะมีการตรวจสอบ ส่วนฝ่ายกัมพูชาต้องการให้ศาลระหว่างประเทศตัดสินเรื่องปราสาท ทั้งสองรัฐบาลต้องอธิบายข้อตกลงให้ประชาชนของตนเข้าใจและยอมรับได้ก่อนจะลงนาม',
    lasting: `ผู้สังเกตการณ์อาเซียนที่เป็นกลาง การเก็บกู้ทุ่นระเบิดอย่างต่อเนื่อง และการช่วยเหลือผู้อพยพให้กลับบ้านอย่างปลอดภัย อ่านเพิ่มเติมที่ ${ADDRESS}\nรหัสเกมของฉัน ${CODE}`,
  },
  km: {
    grade: kmGrade,
    switch: 'ខ្មែរ',
    tried: 'ខ្ញុំបានចាប់ផ្តើមដោយបើកខ្សែទូរស័ព្ទបន្ទាន់ផ្នែកយោធា និងបញ្ជូនអ្នកសង្កេតការណ៍បណ្តោះអាសន្នទៅកាន់ព្រំដែន ព្រោះភាគីទាំងពីរត្រូវការភស្តុតាងថាភាគីម្ខាងទៀតពិតជាឈប់បាញ់មែន បន្ទាប់មកខ្ញុំបានស្នើកិច្ចព្រមព្រៀងដែលយុត្តិធម៌ ដែលរួមមានការបោសសម្អាតមីនរួមគ្នា និងការចរចាអំពីខ្សែព្រំដែននៅក្នុងគណៈកម្មាធិការព្រំដែនទូទៅ',
    refused: 'ភាគីថៃបានបដិសេធសំណើដំបូង ព្រោះប្រជាជនក្នុងប្រទេសនឹងមិនទទួលយកការដកទ័ពមុនពេលមានការត្រួតពិនិត្យ ចំណែកភាគីកម្ពុជាចង់ឱ្យតុលាការអន្តរជាតិសម្រេចលើបញ្ហាប្រាសាទ រដ្ឋាភិបាលទាំងពីរត្រូវពន្យល់កិច្ចព្រមព្រៀងឱ្យប្រជាជនរបស់ខ្លួនយល់ និងទទួលយកមុនពេលចុះហត្ថលេខា',
    lasting: `អ្នកសង្កេតការណ៍អាស៊ានដែលអព្យាក្រឹត ការបោសសម្អាតមីនជាបន្តបន្ទាប់ និងជំនួយដល់ប្រជាជនដែលបានភៀសខ្លួនឱ្យវិលត្រឡប់ទៅផ្ទះវិញដោយសុវត្ថិភាព អានបន្ថែមនៅ ${ADDRESS}\nលេខកូដហ្គេមរបស់ខ្ញុំ ${CODE}`,
  },
} as const;

/** An A4 page's width inside the print margins (210mm less 2 x 14mm), in CSS pixels. */
const PAPER_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

/** Elements of the page (and the page itself) whose box runs past the page's right or left edge. */
function pastThePage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth > width + 1 ? [`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${width}px`] : [];
    for (const e of document.querySelectorAll('#app *')) {
      const box = e.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) wide.push(`${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 30)} (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`);
    }
    return wide;
  });
}

// On seed 42 December ends at the deadline without an accord, July with one (so its terms print too).
const ENDS_IN_ACCORD: Record<string, boolean> = { 'december-2025': false, 'july-2025': true };

describe.each(Object.keys(ENDS_IN_ACCORD))("the printed %s debrief and mediator's memo in Thai and Khmer", (id) => {
  it('ends every printed line between words, and keeps an address and a code on the paper', async () => {
    const level = await shippedLevel(id);
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=${id}&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      for (const lang of ['th', 'km'] as const) {
        const memo = MEMO[lang];
        await page.locator('.language-switch').getByRole('button', { name: memo.switch }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const prompt of ['tried', 'refused', 'lasting'] as const) {
          await page.getByRole('textbox', { name: memo.grade.memo.prompt[prompt], exact: true }).fill(memo[prompt]);
        }
        await page.emulateMedia({ media: 'print' });
        const printed = page.locator('.memo-print');
        await expect.poll(() => printed.allInnerTexts()).toEqual([memo.tried, memo.refused, memo.lasting]);
        expect(await page.locator('.debrief-head dl.package').isVisible()).toBe(ENDS_IN_ACCORD[id]);
        for (const [where, width, height] of [['1366x768', 1366, 768], ['a4', PAPER_WIDTH, 1100]] as const) {
          await page.setViewportSize({ width, height });
          expect.soft(await midWordBreaks(page, '.memo-print', lang), `${lang} ${where}: the memo broken inside a word`).toEqual([]);
          expect.soft(await midWordBreaks(page, '.screen-debrief', lang), `${lang} ${where}: the debrief broken inside a word`).toEqual([]);
          expect.soft(await pastThePage(page), `${lang} ${where}: past the page's edge`).toEqual([]);
          await screenshot(page, `print-${id}-${lang}-${where}`);
        }
        await page.pdf({ path: join(SCREENSHOT_DIR, `print-${id}-${lang}.pdf`), format: 'A4', printBackground: true });
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.emulateMedia({ media: 'screen' });
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
