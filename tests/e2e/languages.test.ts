// The game in Thai and Khmer, as a player there would meet it: opened with ?lang=, played from the
// menu to the debrief with the keyboard alone, every control found by its name in that language,
// axe (WCAG 2.2 AA) clean on every screen on the way, no console error, screenshots of the table.
// And the switch: on every screen, remembered after a reload, and an unknown ?lang= explained.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { chooseRadio, press } from './keyboard';
import { axeViolations, STRUCTURE_RULES } from './axe';
import { buttonNamed, screenOf } from './play-fast';
import { englishOnly, wordsFor, type Words } from './words';
import { KHMER, OWN_SCRIPT, THAI } from '../helpers/i18n-check';
import { fairPackage } from '../../src/sim/strategies';
import type { Level } from '../../src/sim/level';
import type { Lang } from '../../src/i18n/languages';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const button = buttonNamed;
/** Text that can only be the language: its script, or for Malay its everyday small words. */
const SCRIPT: Record<Lang, RegExp> = { en: OWN_SCRIPT['en']!, th: THAI, km: KHMER, ms: /\b(dan|yang|anda|untuk|dengan|tidak|ini|itu|pakej|Pengantara|senario|gencatan|pihak|kepada|daripada|sedang|memuatkan|boleh)\b/i };

/** axe plus the structure rules on the screen now showing, once per screen name. */
async function audit(page: Page, label: string, seen: Set<string>, found: string[]): Promise<void> {
  if (seen.has(label)) return;
  seen.add(label);
  found.push(...(await axeViolations(page, label, { also: STRUCTURE_RULES })));
}

/** Visible text in #app that is English left behind: a whole English message, or (Thai, Khmer) Latin phrases with no letter of the script. */
async function englishLeft(page: Page, lang: Lang): Promise<string[]> {
  const own = lang === 'ms' ? '^\\b$' : SCRIPT[lang].source;
  const english = englishOnly(lang);
  return page.evaluate(([ownSource, messages]) => {
    const known = new Set(messages);
    const own = new RegExp(ownSource);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.getElementById('app')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!el || el.closest('[lang="en"], .language-switch, .credit, .error-lines, code') || !el.checkVisibility()) continue;
      if (known.has(text)) out.push(text.slice(0, 80));
      // A phrase of three or more Latin words and no letter of the player's script.
      else if (ownSource !== '^\\b$' && /[A-Za-z]{2,}(\s+[A-Za-z]{2,}){2,}/.test(text) && !own.test(text)) out.push(text.slice(0, 80));
    }
    return out;
  }, [own, english] as const);
}

/** Plays December from the menu to the debrief in `w.lang` with the keyboard only, auditing each screen. */
async function playInLanguage(w: Words): Promise<void> {
  const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const found: string[] = [];
  const seen = new Set<string>();
  const left: string[] = [];
  const L = w.level;
  try {
    await page.goto(`${baseURL()}?lang=${w.lang}&level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
    await expect.poll(() => screenOf(page)).toBe('menu');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(w.lang);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(SCRIPT[w.lang]);
    // The script's face is loaded from our own origin.
    const family = { th: 'Noto Sans Thai Variable', km: 'Noto Sans Khmer Variable' }[w.lang as 'th' | 'km'];
    if (family) await expect.poll(() => page.evaluate((f) => document.fonts.check(`16px "${f}"`, 'ก ក'), family)).toBe(true);
    await audit(page, 'menu', seen, found);
    left.push(...(await englishLeft(page, w.lang)));

    await press(page, button(page, w.say('Settings')));
    await audit(page, 'settings', seen, found);
    left.push(...(await englishLeft(page, w.lang)));
    await press(page, button(page, w.say('Back')));
    await expect.poll(() => screenOf(page)).toBe('menu');

    const difficulty = page.getByRole('group', { name: w.say('Difficulty') });
    await chooseRadio(page, difficulty, difficulty.getByRole('radio', { name: w.say('Calm'), exact: true }));
    await press(page, button(page, w.say('New game')));
    await expect.poll(() => screenOf(page)).toBe('briefing');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(L.title);
    await audit(page, 'briefing', seen, found);
    left.push(...(await englishLeft(page, w.lang)));
    await press(page, button(page, w.say('Begin')));

    let tookShot = false;
    for (let round = 1; round <= L.rounds + 1 && (await screenOf(page)) !== 'debrief'; round++) {
      await expect.poll(() => screenOf(page)).toBe('situation');
      await audit(page, 'situation', seen, found);
      left.push(...(await englishLeft(page, w.lang)));
      await press(page, button(page, w.say('Continue')));
      await expect.poll(() => screenOf(page)).toBe('acting');
      await audit(page, 'acting', seen, found);
      const levers = round === 1 ? ['Host talks', 'Deploy interim observers'] : ['Host talks', 'Open a military hotline'];
      for (const english of levers) {
        const lever = button(page, w.say(english));
        if ((await lever.getAttribute('aria-disabled')) === 'true') continue;
        await press(page, lever);
      }
      const form = page.getByRole('form', { name: w.say('Your package') });
      if (round >= 2 && (await form.count()) > 0) {
        if (round === 2) {
          const terms = fairPackage(level) as Record<string, string>;
          for (const issue of L.issues) {
            const option = issue.options.find((o) => o.id === terms[issue.id])!;
            const group = form.getByRole('group', { name: issue.label, exact: true });
            await chooseRadio(page, group, group.getByRole('radio', { name: option.label, exact: true }));
          }
        }
        if (!tookShot) {
          await screenshot(page, `table-${w.lang}-1366x768`);
          left.push(...(await englishLeft(page, w.lang)));
          tookShot = true;
        }
        await press(page, button(page, w.say('Table this package')));
        await expect.poll(() => screenOf(page)).toBe('responding');
        await audit(page, 'responding', seen, found);
        left.push(...(await englishLeft(page, w.lang)));
        await expect(page.getByRole('article').first().textContent()).resolves.toMatch(SCRIPT[w.lang]);
        await press(page, button(page, w.say('Continue')));
      } else {
        await press(page, button(page, w.say('End round without a proposal')));
      }
      await expect.poll(() => screenOf(page)).toBe('world');
      await audit(page, 'world', seen, found);
      left.push(...(await englishLeft(page, w.lang)));
      await press(page, button(page, w.say('Continue')));
      await expect.poll(() => screenOf(page)).toMatch(/situation|debrief/);
    }
    expect(await screenOf(page)).toBe('debrief');
    expect(tookShot).toBe(true);
    await audit(page, 'debrief', seen, found);
    left.push(...(await englishLeft(page, w.lang)));
    await screenshot(page, `debrief-${w.lang}-1366x768`);
    await press(page, button(page, w.say('Main menu')));
    await expect.poll(() => screenOf(page)).toBe('menu');
    expect(found).toEqual([]);
    expect([...new Set(left)]).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

for (const lang of ['th', 'km', 'ms'] as const) {
  describe(`${lang}: the whole game`, () => {
    let w: Words;
    beforeAll(async () => {
      w = await wordsFor(lang, level);
    });

    it('plays December to the debrief with the keyboard alone; axe finds nothing on any screen', async () => {
      await playInLanguage(w);
    });

    it('wraps the table on a phone without sideways scrolling, and pauses in the same language', async () => {
      const { context, page, errors } = await newPage(browser, { width: 390, height: 844 });
      try {
        await page.goto(`${baseURL()}?lang=${lang}&level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
        await expect.poll(() => screenOf(page)).toBe('menu');
        for (const english of ['New game', 'Begin', 'Continue']) await button(page, w.say(english)).click();
        await expect.poll(() => screenOf(page)).toBe('acting');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        await screenshot(page, `table-${lang}-390x844`);
        await page.keyboard.press('Escape');
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible()).toBe(true);
        await expect(dialog.textContent()).resolves.toMatch(SCRIPT[lang]);
        expect(await axeViolations(page, 'pause')).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}

for (const lang of ['th', 'km', 'ms'] as const) {
  describe(`${lang}: classroom screens`, () => {
    let w: Words;
    beforeAll(async () => {
      w = await wordsFor(lang, level);
    });

    it('projector view and the hot-seat handover: axe finds nothing, all in the language', async () => {
      const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const found: string[] = [];
      try {
        await page.goto(`${baseURL()}?lang=${lang}&level=december-2025&seed=42&renderer=canvas&projector=1`, { waitUntil: 'networkidle' });
        await expect.poll(() => screenOf(page)).toBe('menu');
        for (const english of ['New game', 'Begin', 'Continue']) await button(page, w.say(english)).click();
        const vote = page.getByRole('region', { name: w.say('Class vote: what should the envoy do next?') });
        await expect.poll(() => vote.isVisible()).toBe(true);
        found.push(...(await axeViolations(page, 'projector acting', { also: STRUCTURE_RULES })));
        expect([...new Set(await englishLeft(page, lang))]).toEqual([]);

        await page.goto(`${baseURL()}?lang=${lang}&level=december-2025&seed=42&renderer=canvas&team=th`, { waitUntil: 'networkidle' });
        await expect.poll(() => screenOf(page)).toBe('menu');
        for (const english of ['New game', 'Begin', 'Continue']) await button(page, w.say(english)).click();
        const form = page.getByRole('form', { name: w.say('Your package') });
        const terms = fairPackage(level) as Record<string, string>;
        for (const issue of w.level.issues) {
          const option = issue.options.find((o) => o.id === terms[issue.id])!;
          await form.getByRole('group', { name: issue.label, exact: true }).getByRole('radio', { name: option.label, exact: true }).check();
        }
        await button(page, w.say('Table this package')).click();
        const go = button(page, w.say('We are {{side}}’s team: show the package', { side: w.level.sides.th.name }));
        await expect.poll(() => go.isVisible()).toBe(true);
        found.push(...(await axeViolations(page, 'hot-seat handover', { also: STRUCTURE_RULES })));
        await go.click();
        await expect.poll(() => page.getByRole('group', { name: w.say('Your answer') }).isVisible()).toBe(true);
        found.push(...(await axeViolations(page, 'hot-seat answer', { also: STRUCTURE_RULES })));
        expect([...new Set(await englishLeft(page, lang))]).toEqual([]);
        expect(found).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('the loading screen and the error screen for a broken file: axe finds nothing, in the language', async () => {
      const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const found: string[] = [];
      try {
        let release = () => {};
        const held = new Promise<void>((done) => (release = done));
        await page.route(/assets\/december-2025-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
        await page.goto(`${baseURL()}?lang=${lang}&level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'commit' });
        await expect.poll(() => screenOf(page), { timeout: 15_000 }).toBe('boot');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(SCRIPT[lang]);
        found.push(...(await axeViolations(page, 'boot', { also: STRUCTURE_RULES })));
        release();
        await expect.poll(() => screenOf(page)).toBe('menu');
        await page.getByLabel(w.say('Open a scenario file')).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 3}') });
        await expect.poll(() => screenOf(page)).toBe('error');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(SCRIPT[lang]);
        found.push(...(await axeViolations(page, 'error', { also: STRUCTURE_RULES })));
        expect(found).toEqual([]);
        // Errors other than the one from the broken file.
        expect(errors.filter((e) => !/broken\.json/.test(e))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}

describe('the language switch', () => {
  it('is on every screen, switches in place mid-game, and is remembered after a reload', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screenOf(page)).toBe('menu');
      const nav = page.getByRole('navigation', { name: 'Language' });
      await expect(nav.getByRole('button').allTextContents()).resolves.toEqual(['English', 'ไทย', 'ខ្មែរ', 'Bahasa Melayu']);
      await button(page, 'New game').click();
      await button(page, 'Begin').click();
      await button(page, 'Continue').click();
      await expect.poll(() => screenOf(page)).toBe('acting');
      const before = await page.evaluate(() => window.__asean?.getViewModel()?.game?.log.length);
      await nav.getByRole('button', { name: 'ไทย' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(SCRIPT.th);
      expect(await screenOf(page)).toBe('acting');
      expect(await page.evaluate(() => window.__asean?.getViewModel()?.game?.log.length)).toBe(before);
      await expect(page.getByRole('navigation', { name: 'ภาษา' }).getByRole('button', { name: 'ไทย' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
      await page.getByRole('navigation', { name: 'ภาษา' }).getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('explains an unknown ?lang= and opens in English', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?lang=zz&level=december-2025`, { waitUntil: 'networkidle' });
      await expect.poll(() => screenOf(page)).toBe('menu');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expect.poll(() => page.getByText(/asked for the language “zz”/).count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
