// Checks of a page's words and layout that a reader would notice: message keys shown as they are
// (a word the page never loaded), scenario words left in English on a page in another language,
// Thai and Khmer words broken inside a word at a line's end, and parts that run past their card.
import type { Locator, Page } from 'playwright-core';

/** A message key as the page would show it when its words are missing ("play.reading.fear.public"). */
export const RAW_KEY = /\b(?:play|debrief|seat|class|classroom|sim|common|grade|menu|app)\.[a-zA-Z]+\.[a-zA-Z.]+/g;

/** Every message key the page shows as text. */
export async function rawKeys(page: Page): Promise<string[]> {
  return [...(await page.locator('body').innerText()).matchAll(RAW_KEY)].map((m) => m[0]);
}

/** The English words of `english` (a list of names) that `where` still shows. */
export async function englishLeft(where: Locator, english: readonly string[]): Promise<string[]> {
  const text = await where.innerText();
  return english.filter((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
}

/** The letters of each script whose words the page's line ends are checked against. */
const SCRIPT_LETTERS = { th: '[\\u0E00-\\u0E7F]', km: '[\\u1780-\\u17FF\\u19E0-\\u19FF]' } as const;

/**
 * Places in the elements matched by `selector` where a line ends inside a word of `lang` (Thai or
 * Khmer, by the browser's own word segmenter for that language), as "before|after"; [] when every
 * line ends between words. Lines are found by where each grapheme is drawn, so it reads the layout
 * of the media the page is in (screen or emulated print).
 */
export function midWordBreaks(page: Page, selector: string, lang: keyof typeof SCRIPT_LETTERS): Promise<string[]> {
  return page.evaluate(([sel, lang, letters]) => {
    const words = new Intl.Segmenter(lang, { granularity: 'word' });
    const graphemes = new Intl.Segmenter(lang, { granularity: 'grapheme' });
    const letter = new RegExp(letters);
    const bad: string[] = [];
    for (const cell of document.querySelectorAll(sel)) {
      const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
        const text = n.data;
        const bounds = new Set([...words.segment(text)].map((s) => s.index));
        const r = document.createRange();
        let lastTop: number | null = null;
        for (const g of graphemes.segment(text)) {
          const i = g.index;
          r.setStart(n, i);
          r.setEnd(n, i + g.segment.length);
          const box = r.getClientRects()[0];
          if (!box || box.width === 0) continue;
          if (lastTop !== null && box.top > lastTop + 2 && !bounds.has(i) && letter.test(g.segment)) {
            bad.push(`${text.slice(Math.max(0, i - 8), i)}|${text.slice(i, i + 8)}`);
          }
          lastTop = box.top;
        }
      }
    }
    return bad;
  }, [selector, lang, SCRIPT_LETTERS[lang]] as const);
}

/**
 * Places in the cells matched by `selector` where a line ends inside a Thai word (by the
 * browser's own Thai word segmenter), as "before|after"; [] when every line ends between words.
 */
export function thaiMidWordBreaks(page: Page, selector: string): Promise<string[]> {
  return midWordBreaks(page, selector, 'th');
}

/** The parts inside `card` (tables and their cells) whose right edge runs past the card's. */
export function pastTheCard(page: Page, card: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel);
    if (!box) return [`no ${sel}`];
    const right = box.getBoundingClientRect().right;
    return [...box.querySelectorAll('table, th, td, p')].filter((e) => e.getBoundingClientRect().right > right + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').slice(0, 40)}`);
  }, card);
}

/**
 * Reads `read()` until `done` holds or `ms` have passed, and returns the last reading (so a soft
 * assertion on it reports what the page still showed, and the test goes on to its other checks).
 */
export async function settled<T>(read: () => Promise<T>, done: (x: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const x = await read();
    if (done(x) || Date.now() > end) return x;
    await new Promise((r) => setTimeout(r, 200));
  }
}
