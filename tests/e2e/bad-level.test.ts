// A broken scenario never gives a blank page: the game shows each problem as `file: path: message`
// (an unknown level id in the URL, or a teacher's file with a missing field, a wrong type and an
// unknown issue id), as text, with a way back; and text from a level is never parsed as HTML.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { screenOf as screen } from './play-fast';
import type { Level } from '../../src/sim/level';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const errorLines = (page: Page) => page.locator('.error-lines li').allTextContents();

async function openFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByLabel('Open a scenario file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('broken levels in the game UI', () => {
  it('says so when the URL asks for a scenario that does not exist, keeps the game playable, and opens a file', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=no-such-crisis&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await expect.poll(() => page.getByText(/does not have \(“no-such-crisis”\)|does not have \("no-such-crisis"\)|no-such-crisis/).first().isVisible()).toBe(true);
      await expect(page.getByRole('button', { name: 'New game', exact: true }).isEnabled()).resolves.toBe(true);
      await openFile(page, 'good.json', JSON.stringify({ ...level, id: 'my-own-crisis' }));
      await expect.poll(() => screen(page)).toBe('menu');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists a missing field, a wrong type and an unknown issue id with file and path', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      const { rounds: _omit, ...broken } = structuredClone(level) as Level & Record<string, unknown>;
      (broken.sides.th.start as Record<string, unknown>)['pain'] = 'high';
      (broken.sides.kh.weights as Record<string, unknown>)['fishing'] = 0.2;
      await openFile(page, 'my-crisis.json', JSON.stringify(broken));
      await expect.poll(() => screen(page)).toBe('error');
      const lines = await errorLines(page);
      expect(lines.some((l) => /^my-crisis\.json: \(root\): missing field "rounds"/.test(l))).toBe(true);
      expect(lines.some((l) => /^my-crisis\.json: sides\.th\.start\.pain: expected a number/.test(l))).toBe(true);
      expect(lines.some((l) => /^my-crisis\.json: sides\.kh\.weights.*fishing/.test(l))).toBe(true);
      await screenshot(page, 'error-1366x768');
      await page.getByRole('button', { name: 'Retry' }).click();
      await expect.poll(() => screen(page)).toBe('menu');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a file that takes the id of a scenario the game ships, and one with a key written twice', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await openFile(page, 'copy.json', JSON.stringify(level));
      await expect.poll(() => screen(page)).toBe('error');
      expect(await errorLines(page)).toEqual([`copy.json: id: "${level.id}" is the id of a scenario that comes with the game; give your scenario an id of its own`]);
      await page.getByRole('button', { name: 'Retry' }).click();
      await expect.poll(() => screen(page)).toBe('menu');
      const twice = JSON.stringify({ ...level, id: 'twice' }, null, 2).replace(/\n  "rounds": (\d+),/, '\n  "rounds": $1,\n  "rounds": 99,');
      await openFile(page, 'twice.json', twice);
      await expect.poll(() => screen(page)).toBe('error');
      const lines = await errorLines(page);
      expect(lines[0]).toMatch(/^twice\.json: rounds: duplicate field "rounds" \(line \d+; also on line \d+\)/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows HTML in level text as text and runs no script from it', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?renderer=canvas`, { waitUntil: 'networkidle' });
      const title = '<img src=x onerror="window.__pwned=1">Crisis <b>bold</b>';
      const fact = '<script>window.__pwned=2</script><i>Fighting</i> resumed <img src=y onerror="window.__pwned=3">';
      const briefing = [{ ...level.briefing[0]!, text: fact }, ...level.briefing.slice(1)];
      const glossary = [{ term: '<b>BM-21</b>', definition: '<a href="javascript:alert(1)">rocket</a>' }];
      await openFile(page, 'html.json', JSON.stringify({ ...level, id: 'html-test', title, briefing, glossary }));
      await expect.poll(() => screen(page)).toBe('menu');
      await expect.poll(() => page.getByText(title, { exact: true }).isVisible()).toBe(true);
      expect(await page.locator('#app img, #app b').count()).toBe(0);
      await page.getByRole('button', { name: 'New game', exact: true }).click();
      await expect.poll(() => screen(page)).toBe('briefing');
      await expect.poll(() => page.getByText(fact, { exact: true }).isVisible()).toBe(true);
      await page.getByText('More detail', { exact: true }).click();
      await expect.poll(() => page.getByText('<b>BM-21</b>', { exact: true }).isVisible()).toBe(true);
      expect(await page.locator('#app img, #app b, #app i, #app script, #app a[href^="javascript"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
