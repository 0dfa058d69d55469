// The pause dialog at 200% text: it scrolls inside itself, yet it must open at its top, with its
// heading in view and focus on its first control (the resume code), on a laptop and on a phone.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { buttonNamed, screenOf } from './play-fast';

let browser: Browser;
useSession((b) => {
  browser = b;
});

const GAME = '?level=december-2025&seed=42&renderer=canvas';

/** Where the dialog stands: its scroll, its heading and its focused control, in dialog pixels. */
function dialogState(page: Page) {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
    const heading = dialog?.querySelector('h2');
    if (!dialog || !heading) return null;
    const box = dialog.getBoundingClientRect();
    const h = heading.getBoundingClientRect();
    const focused = document.activeElement as HTMLElement | null;
    const f = focused?.getBoundingClientRect();
    const first = dialog.querySelector('button, textarea, input, select');
    return {
      overflows: dialog.scrollHeight > dialog.clientHeight + 1,
      scrollTop: dialog.scrollTop,
      headingInView: h.top >= box.top - 1 && h.bottom <= box.bottom + 1,
      focusIsFirstControl: !!focused && focused === first,
      focusLabel: focused?.getAttribute('id') ?? focused?.tagName ?? '',
      focusInView: !!f && f.top >= box.top - 1 && f.top < box.bottom,
    };
  });
}

describe('pause dialog at 200% text', () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    it(`opens at its top with the heading in view and focus on its first control at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, errors } = await newPage(browser, viewport);
      try {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`${baseURL()}${GAME}`, { waitUntil: 'networkidle' });
        await expect.poll(() => screenOf(page)).toBe('menu');
        await buttonNamed(page, 'Settings').click();
        await page.getByRole('radio', { name: '200%', exact: true }).check();
        await buttonNamed(page, 'Back').click();
        await page.getByRole('radio', { name: 'Calm', exact: true }).check();
        await buttonNamed(page, 'New game').click();
        await buttonNamed(page, 'Begin').click();
        await buttonNamed(page, 'Continue').click();
        await expect.poll(() => screenOf(page)).toBe('acting');
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');

        // Open it twice: with the P key, and again after scrolling it down and closing it.
        for (const round of [1, 2]) {
          await page.keyboard.press('p');
          await expect.poll(() => page.getByRole('dialog', { name: 'Paused' }).isVisible()).toBe(true);
          const state = await dialogState(page);
          expect(state, `open ${round}`).toMatchObject({
            overflows: true, // the case that matters: the dialog scrolls inside itself
            scrollTop: 0,
            headingInView: true,
            focusIsFirstControl: true,
            focusLabel: 'pause-code-field',
          });
          if (viewport.height >= 768) expect(state?.focusInView).toBe(true);
          if (round === 1) {
            await screenshot(page, `pause-200pc-${viewport.width}x${viewport.height}`);
            await page.evaluate(() => { const d = document.querySelector('dialog[open]'); if (d) d.scrollTop = d.scrollHeight; });
          }
          await page.getByRole('dialog', { name: 'Paused' }).getByRole('button', { name: 'Resume' }).click();
          await expect.poll(() => page.getByRole('dialog', { name: 'Paused' }).isVisible()).toBe(false);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
