// Playing a side: a student plays Cambodia's negotiator in December from the menu to the debrief
// (its own view, its levers, answering each package the AI envoy tables), is invited to play
// Thailand's with the same seed, does, and sees both runs compared. Every control is found by its
// role and name, with the keyboard alone; no console errors; axe finds nothing on the new screens
// in English, Thai, Khmer and Malay; screenshots at 1366×768 and 390×844.
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { chooseRadio, press } from './keyboard';
import { axeViolations } from './axe';
import type { Level, SideId } from '../../src/sim/level';
import { seatStage as stage } from './seat-page';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

type Lang = 'en' | 'th' | 'km' | 'ms';
const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The words of the seat screens in a language, with the scenario's side names in that language. */
function words(lang: Lang) {
  const seat = json(`src/i18n/locales/${lang}/seat.json`);
  const menu = json(`src/i18n/locales/${lang}/menu.json`);
  const names = lang === 'en' ? { th: level.sides.th.name, kh: level.sides.kh.name }
    : (() => { const l = json(`levels/i18n/${lang}/december-2025.json`); return { th: l['sides.th.name'] as string, kh: l['sides.kh.name'] as string }; })();
  const get = (obj: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
  const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  return {
    names,
    seat: (key: string, vars: Record<string, string> = {}) => fill(get(seat, key), vars),
    begin: get(menu, 'briefing.begin'),
  };
}

const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);
/** The seat screen's stage (own, answering, responding, world), from its class. */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/**
 * Plays a game at `side`'s seat from the menu to the debrief: asks for observers and calls the
 * other government in the first round, accepts every package. Calls `at` once on each stage seen
 * first (for axe and screenshots).
 */
async function playSeat(page: Page, lang: Lang, side: SideId, at: (stage: string) => Promise<void> = async () => {}): Promise<void> {
  const w = words(lang);
  const seen = new Set<string>();
  await expect.poll(() => screen(page)).toBe('briefing');
  await press(page, button(page, w.begin));
  for (let step = 0; step < 80 && (await screen(page)) === 'seat'; step++) {
    await expect.poll(() => stage(page)).not.toBeNull();
    const s = (await stage(page))!;
    if (!seen.has(s)) {
      seen.add(s);
      await at(s);
    }
    if (s === 'own') {
      if (step === 0) {
        await press(page, button(page, w.seat('lever.request_observers.label')));
        await expect.poll(() => button(page, w.seat('lever.request_observers.label')).isDisabled()).toBe(true);
        await press(page, button(page, w.seat('lever.bilateral_call.label')));
      }
      await press(page, button(page, w.seat('play.ready')));
    } else if (s === 'answering') {
      const group = page.getByRole('group', { name: w.seat('play.answerLegend') });
      await chooseRadio(page, group, group.getByRole('radio', { name: w.seat('play.accept'), exact: true }));
      await press(page, button(page, w.seat('play.send')));
    } else {
      await press(page, button(page, w.seat('play.continue')));
    }
    await page.waitForTimeout(30);
  }
  await expect.poll(() => screen(page)).toBe('debrief');
}

describe('playing a side', () => {
  it("plays Cambodia's negotiator to a debrief, then Thailand's with the same seed, and compares both runs", async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const w = words('en');
    const { th, kh } = w.names;
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, `Play ${kh}’s negotiator`));
      const violations: string[] = [];
      await playSeat(page, 'en', 'kh', async (s) => {
        violations.push(...(await axeViolations(page, `seat ${s}`)));
        if (s === 'own') {
          await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Day 1: your move');
          // Its own walk-away point and its public's mood are shown; what Thailand needs is only a guess.
          await expect.poll(() => page.getByText('Your walk-away point').isVisible()).toBe(true);
          await expect.poll(() => page.getByRole('heading', { name: `What you know of ${th}` }).isVisible()).toBe(true);
        }
        await screenshot(page, `seat-kh-${s}-1366x768`);
      });
      await expect.poll(() => page.getByRole('heading', { name: `Your score as ${kh}’s negotiator` }).isVisible()).toBe(true);
      const table = page.getByRole('table', { name: `Your score as ${kh}’s negotiator` });
      for (const part of ['What your government got', 'Whether your public ratifies it', 'Lives', 'Whether the peace holds']) {
        await expect.poll(() => table.getByRole('rowheader', { name: part }).isVisible()).toBe(true);
      }
      violations.push(...(await axeViolations(page, 'seat debrief')));
      await screenshot(page, 'seat-kh-debrief-1366x768');
      expect(await page.getByRole('table', { name: 'Your two games with the same seed, side by side' }).count()).toBe(0);

      await press(page, button(page, `Play ${th}’s negotiator with the same seed`));
      await playSeat(page, 'en', 'th');
      const compare = page.getByRole('table', { name: 'Your two games with the same seed, side by side' });
      await expect.poll(() => compare.isVisible()).toBe(true);
      expect(await compare.getByRole('columnheader').allTextContents()).toEqual([`As ${kh}`, `As ${th}`]);
      await expect.poll(() => compare.getByRole('rowheader', { name: 'Worth to your government' }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('heading', { name: `Your score as ${th}’s negotiator` }).isVisible()).toBe(true);
      violations.push(...(await axeViolations(page, 'seat comparison')));
      await screenshot(page, 'seat-compare-1366x768');
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('a game at a seat survives a reload: Continue brings it back at the same seat and day', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const w = words('en');
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, `Play ${w.names.kh}’s negotiator`));
      await press(page, button(page, w.begin));
      await expect.poll(() => stage(page)).toBe('own');
      await press(page, button(page, w.seat('lever.request_observers.label')));
      await press(page, button(page, w.seat('play.ready')));
      await expect.poll(() => stage(page)).toBe('world');
      await press(page, button(page, w.seat('play.continue')));
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Day 2: your move');
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('seat');
      await expect.poll(() => page.getByText(`You negotiate for ${w.names.kh}`, { exact: false }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Day 2: your move');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  for (const lang of ['th', 'km', 'ms'] as const) {
    it(`${lang}: the seat's screens and debrief, axe finds nothing, on a phone`, async () => {
      const { context, page, errors } = await newPage(browser, { width: 390, height: 844 });
      const w = words(lang);
      try {
        await page.goto(`${baseURL()}?lang=${lang}&level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
        await expect.poll(() => screen(page)).toBe('menu');
        await press(page, button(page, w.seat('menu.play', { side: w.names.kh })));
        const violations: string[] = [];
        await playSeat(page, lang, 'kh', async (s) => {
          violations.push(...(await axeViolations(page, `${lang} seat ${s}`)));
          await screenshot(page, `seat-kh-${s}-${lang}-390x844`);
          if (s === 'own' && lang !== 'ms') {
            // The same screen on a classroom laptop.
            await page.setViewportSize({ width: 1366, height: 768 });
            await screenshot(page, `seat-kh-${s}-${lang}-1366x768`);
            await page.setViewportSize({ width: 390, height: 844 });
          }
        });
        await expect.poll(() => page.getByRole('heading', { name: w.seat('debrief.title', { side: w.names.kh }) }).isVisible()).toBe(true);
        violations.push(...(await axeViolations(page, `${lang} seat debrief`)));
        await screenshot(page, `seat-kh-debrief-${lang}-390x844`);
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 240_000);
  }
});
