// The projector view's class vote on a 1366×768 laptop: after "Continue" the whole vote is on
// screen without the class waiting for anyone to scroll, focus stays on the screen's heading, every
// vote offers at least two real moves, and when ending the round is the only move left the panel
// says so in a sentence instead of holding a one-option vote. Tabling from the vote asks for any
// missing terms first, then tables the package on screen.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { buttonNamed, pickPackage, screenOf } from './play-fast';
import type { Level } from '../../src/sim/level';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const GAME = '?level=december-2025&seed=42&renderer=canvas&projector=1';
const VOTE = 'Class vote: what should the envoy do next?';
const ONLY_END = /only move left this round is to end it/;

const vote = (page: Page) => page.getByRole('region', { name: VOTE });
const picks = (page: Page) => vote(page).getByRole('group', { name: 'The class chose…' }).getByRole('button', { name: /^The class chose [A-D]:/ });
const game = (page: Page) => page.evaluate(() => window.__asean?.getViewModel()?.game ?? null);

/** The vote's box against the viewport, and whether the screen's heading has focus. */
function placement(page: Page) {
  return page.evaluate((name) => {
    const title = [...document.querySelectorAll('h2')].find((h) => h.textContent === name);
    const region = title?.closest('section');
    const box = region?.getBoundingClientRect();
    const heading = document.querySelector('[data-screen-heading]');
    return {
      top: box ? Math.round(box.top) : null,
      bottom: box ? Math.round(box.bottom) : null,
      viewport: window.innerHeight,
      headingFocused: !!heading && document.activeElement === heading,
    };
  }, VOTE);
}

/** From the menu: a calm game, to the acting screen of round 1. */
async function toActing(page: Page): Promise<void> {
  await page.goto(`${baseURL()}${GAME}`, { waitUntil: 'networkidle' });
  await expect.poll(() => screenOf(page)).toBe('menu');
  await page.getByRole('radio', { name: 'Calm', exact: true }).check();
  await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  await buttonNamed(page, 'Continue').click();
  await expect.poll(() => screenOf(page)).toBe('acting');
}

describe('class vote at 1366×768', () => {
  it('is wholly on screen after Continue, with focus left on the heading', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await toActing(page);
      await expect.poll(async () => {
        const p = await placement(page);
        return p.top !== null && p.bottom !== null && p.top >= 0 && p.bottom <= p.viewport;
      }).toBe(true);
      expect((await placement(page)).headingFocused).toBe(true);
      await expect(picks(page).count()).resolves.toBeGreaterThanOrEqual(2);
      for (const pick of await picks(page).all()) expect(await pick.isVisible()).toBe(true);
      await screenshot(page, 'projector-vote-1366x768');
      // Tab from the heading reaches the vote's picker before the long lever list.
      await page.keyboard.press('Tab');
      const firstStop = await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby') ?? '');
      expect(firstStop).toBe('vote-title');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('always offers two or more real moves, and says so in a sentence when only ending the round is left', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await toActing(page);
      let sawSentence = false;
      for (let step = 0; step < 12; step++) {
        const labels = await picks(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
        if (labels.length === 0) {
          await expect(vote(page).getByText(ONLY_END).isVisible()).resolves.toBe(true);
          expect(await vote(page).getByRole('group').count()).toBe(0);
          sawSentence = true;
          break;
        }
        expect(labels.length, labels.join(' | ')).toBeGreaterThanOrEqual(2);
        expect(new Set(labels).size).toBe(labels.length);
        expect(labels.at(-1)).toMatch(/: End the round$/);
        const lever = labels.find((l) => !/: (Table the package below|End the round)$/.test(l));
        if (!lever) break;
        const before = (await game(page))!;
        await vote(page).getByRole('button', { name: lever, exact: true }).click();
        await expect.poll(async () => (await game(page))?.log.length).toBe(before.log.length + 1);
      }
      // Seed 42, calm: three levers spend the envoy's capital, and then nothing but ending is left.
      expect(sawSentence).toBe(true);
      expect((await game(page))!.capital).toBe(0);
      await screenshot(page, 'projector-vote-only-end-1366x768');
      await buttonNamed(page, 'End round without a proposal').click();
      await expect.poll(() => screenOf(page)).toBe('world');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('"Table the package below" asks for missing terms, then tables the package on screen', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await toActing(page);
      const table = () => vote(page).getByRole('button', { name: /: Table the package below$/ });
      await table().click();
      expect(await screenOf(page)).toBe('acting');
      await expect.poll(() => page.getByRole('form', { name: 'Your package' }).getByText(/^Choose a term for: /).isVisible()).toBe(true);
      expect(await page.evaluate(() => !!document.activeElement?.closest('form'))).toBe(true);
      await pickPackage(page, level);
      await table().click();
      await expect.poll(() => screenOf(page)).toBe('responding');
      expect((await game(page))!.log.at(-1)?.type).toBe('propose');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
