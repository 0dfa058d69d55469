// Accessibility in the built game, in English: axe (WCAG 2.2 AA) finds nothing on any screen;
// every screen has one main landmark, a level-one heading and named regions; the canvas is hidden
// from assistive technology while the meters are readable text; focus is always visible and never
// covered; 200% text does not overflow; the high-contrast theme reaches 7:1; verdicts and changes
// carry words, not only colour; the live region speaks; and Esc or P pauses any game screen.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot, type TrackedPage } from './browser';
import { useSession } from './session';
import { axeViolations, focusState, ruleViolations, STRUCTURE_RULES, textContrast } from './axe';
import { buttonNamed, pickPackage, screenOf } from './play-fast';
import type { Level } from '../../src/sim/level';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const GAME = '?level=december-2025&seed=42&renderer=canvas';
const READING = 'Ask for a delegation’s reading';

/** axe (WCAG 2.2 AA) and the structure rules on the screen now showing; collects every problem. */
async function audit(page: Page, label: string, found: string[]): Promise<void> {
  found.push(...(await axeViolations(page, label, { also: STRUCTURE_RULES })));
  const h1 = await page.locator('h1:visible').count();
  if (h1 !== 1) found.push(`${label}: ${h1} visible level-one headings`);
}

/** A tracked page with reduced motion, so no entrance animation is half-way when axe looks. */
async function calmPage(viewport: { width: number; height: number }): Promise<TrackedPage> {
  const tracked = await newPage(browser, viewport);
  await tracked.page.emulateMedia({ reducedMotion: 'reduce' });
  return tracked;
}

/** From the menu: a calm game played to its end by ending every round at once (the quickest way). */
async function endRoundsToDebrief(page: Page): Promise<void> {
  await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  for (let round = 1; round <= level.rounds + 1 && (await screenOf(page)) !== 'debrief'; round++) {
    await buttonNamed(page, 'Continue').click();
    await buttonNamed(page, 'End round without a proposal').click();
    await buttonNamed(page, 'Continue').click();
    await expect.poll(() => screenOf(page)).toMatch(/situation|debrief/);
  }
  expect(await screenOf(page)).toBe('debrief');
}

/** Opens the game at the menu. */
async function openMenu(page: Page, query = GAME): Promise<void> {
  await page.goto(`${baseURL()}${query}`, { waitUntil: 'networkidle' });
  await expect.poll(() => screenOf(page)).toBe('menu');
}

/** From the menu: a calm game, to the acting screen of round 1. */
async function toActing(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Calm', exact: true }).check();
  await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  await buttonNamed(page, 'Continue').click();
  await expect.poll(() => screenOf(page)).toBe('acting');
}

describe('axe and structure on every screen', () => {
  it('boot, menu, settings, briefing and every round screen, with the picker and a refusal', async () => {
    const { context, page, errors } = await calmPage({ width: 1366, height: 768 });
    const found: string[] = [];
    try {
      // Hold the scenario's code so the boot screen stays up long enough to check.
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route(/december-2025-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
      await page.goto(`${baseURL()}${GAME}`, { waitUntil: 'commit' });
      await expect.poll(() => screenOf(page)).toBe('boot');
      await audit(page, 'boot', found);
      release();
      await expect.poll(() => screenOf(page)).toBe('menu');
      await audit(page, 'menu', found);
      await buttonNamed(page, 'Settings').click();
      await audit(page, 'settings', found);
      await buttonNamed(page, 'Back').click();
      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      await buttonNamed(page, 'New game').click();
      await audit(page, 'briefing', found);
      await buttonNamed(page, 'Begin').click();
      await audit(page, 'situation', found);
      // The canvas is hidden from assistive technology; the meters are named text in the tree.
      expect(await page.locator('#game-canvas').getAttribute('aria-hidden')).toBe('true');
      const meters = await page.getByRole('complementary', { name: 'Meters' }).ariaSnapshot();
      for (const text of ['The situation in numbers', 'Lives lost', 'Civilians displaced', 'ASEAN credibility', 'Trust in the mediator']) {
        expect(meters).toContain(text);
      }
      expect(meters).toMatch(/Lives lost[^\n]*\n[^\n]*\d/);
      await buttonNamed(page, 'Continue').click();
      await audit(page, 'acting', found);
      await buttonNamed(page, READING).click();
      found.push(...(await axeViolations(page, 'acting, side picker open', { include: '.actions' })));
      const pick = () => page.getByRole('group', { name: `${READING}: choose` }).getByRole('button', { name: level.sides.kh.name });
      await pick().click();
      await buttonNamed(page, READING).click();
      await pick().click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/already/);
      found.push(...(await axeViolations(page, 'acting, refusal shown', { include: '.play-main' })));
      await pickPackage(page, level);
      await buttonNamed(page, 'Table this package').click();
      await expect.poll(() => screenOf(page)).toBe('responding');
      await audit(page, 'responding', found);
      // Verdicts are words, not only a colour.
      for (const name of [level.sides.th.name, level.sides.kh.name]) {
        await expect(page.getByRole('article', { name: new RegExp(`^${name}: (Accepts|Rejects|Counter|Walks out)`) }).count()).resolves.toBe(1);
      }
      await expect.poll(() => page.locator('#live').textContent()).toMatch(new RegExp(`${level.sides.th.name}.*${level.sides.kh.name}`, 's'));
      await buttonNamed(page, 'Continue').click();
      await expect.poll(() => screenOf(page)).toBe('world');
      await audit(page, 'world (round report)', found);
      // Each change says its direction in words; the live region reads the report aloud.
      const changes = await page.locator('.change-item').allTextContents();
      expect(changes.length).toBeGreaterThan(0);
      for (const c of changes) expect(c).toMatch(/\b(up|down|no change)\b/);
      await expect.poll(() => page.locator('#live').textContent()).toMatch(/Ceasefire: .*(Lives lost|Civilians displaced) (up|down)/s);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the debrief, the error screen, the hot-seat handover and the projector view', async () => {
    const { context, page, errors } = await calmPage({ width: 1366, height: 768 });
    const found: string[] = [];
    try {
      await openMenu(page);
      await endRoundsToDebrief(page);
      await audit(page, 'debrief', found);
      await openMenu(page);
      await page.getByLabel('Open a scenario file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 3}') });
      await expect.poll(() => screenOf(page)).toBe('error');
      await audit(page, 'error', found);
      await openMenu(page, `${GAME}&team=th`);
      await toActing(page);
      await pickPackage(page, level);
      await buttonNamed(page, 'Table this package').click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Pass the device/);
      await audit(page, 'hot-seat handover', found);
      await openMenu(page, `${GAME}&projector=1`);
      await audit(page, 'projector menu', found);
      await toActing(page);
      await audit(page, 'projector acting', found);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('focus', () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    it(`is visible and never covered while tabbing through the acting screen at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, errors } = await calmPage(viewport);
      try {
        await openMenu(page);
        await toActing(page);
        await buttonNamed(page, READING).click(); // the side picker's buttons are in the tab order too
        await page.getByRole('heading', { level: 1 }).focus();
        const problems: string[] = [];
        const seen = new Set<string>();
        for (let i = 0; i < 120; i++) {
          await page.keyboard.press('Tab');
          const f = await focusState(page);
          if (!f) break;
          if (!f.indicated) problems.push(`no focus indicator: ${f.what}`);
          if (!f.uncovered) problems.push(`covered: ${f.what}`);
          seen.add(f.what);
        }
        expect(seen.size).toBeGreaterThan(25);
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('text size and contrast', () => {
  it('at 200% text nothing overflows the acting screen sideways, and axe still passes', async () => {
    const { context, page, errors } = await calmPage({ width: 1366, height: 768 });
    try {
      await openMenu(page);
      await buttonNamed(page, 'Settings').click();
      await page.getByRole('radio', { name: '200%', exact: true }).check();
      await buttonNamed(page, 'Back').click();
      await toActing(page);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'acting-200pc-1366x768');
      expect(await axeViolations(page, 'acting at 200%')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('high contrast raises help text to 7:1 or more, is remembered, and passes axe including the 7:1 rule', async () => {
    const { context, page, errors } = await calmPage({ width: 1366, height: 768 });
    try {
      await openMenu(page);
      const help = '.screen-menu .help';
      const before = await textContrast(page, help);
      await buttonNamed(page, 'Settings').click();
      await page.getByRole('checkbox', { name: 'High contrast' }).check();
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screenOf(page)).toBe('menu');
      expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high');
      const after = await textContrast(page, help);
      expect(after).toBeGreaterThan(before);
      expect(after).toBeGreaterThanOrEqual(7);
      await toActing(page);
      expect(await textContrast(page, '.play-main > .help')).toBeGreaterThanOrEqual(7);
      expect(await textContrast(page, '.play-main h1')).toBeGreaterThanOrEqual(7);
      await screenshot(page, 'acting-high-contrast-1366x768');
      expect(await axeViolations(page, 'acting, high contrast')).toEqual([]);
      expect(await ruleViolations(page, 'acting, high contrast', ['color-contrast-enhanced'])).toEqual([]);
      await buttonNamed(page, 'End round without a proposal').click();
      await expect.poll(() => screenOf(page)).toBe('world');
      expect(await ruleViolations(page, 'world, high contrast', ['color-contrast-enhanced'])).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('pause', () => {
  const dialog = (page: Page) => page.getByRole('dialog', { name: 'Paused' });
  const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));

  it('Esc or P opens a dialog on every round screen; focus stays inside; Esc and Resume close it', async () => {
    const { context, page, errors } = await calmPage({ width: 1366, height: 768 });
    try {
      await openMenu(page);
      await page.keyboard.press('Escape');
      expect(await dialog(page).count()).toBe(0); // nothing to pause on the menu
      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      await buttonNamed(page, 'New game').click();
      await buttonNamed(page, 'Begin').click();
      const steps: Array<[string, () => Promise<void>]> = [
        ['situation', () => buttonNamed(page, 'Continue').click()],
        ['acting', async () => { await pickPackage(page, level); await buttonNamed(page, 'Table this package').click(); }],
        ['responding', () => buttonNamed(page, 'Continue').click()],
        ['world', async () => {}],
      ];
      for (const [name, next] of steps) {
        await expect.poll(() => screenOf(page)).toBe(name);
        const key = name === 'acting' ? 'p' : 'Escape';
        await page.keyboard.press(key);
        await expect.poll(() => dialog(page).isVisible()).toBe(true);
        expect(await focusInDialog(page)).toBe(true);
        for (let i = 0; i < 14; i++) {
          await page.keyboard.press('Tab');
          expect(await focusInDialog(page), `Tab ${i + 1} on ${name}`).toBe(true);
        }
        if (name === 'acting') {
          expect(await axeViolations(page, 'pause dialog')).toEqual([]);
          await expect(dialog(page).getByRole('textbox', { name: 'Resume code' }).inputValue()).resolves.toMatch(/^AM3\./);
          await dialog(page).getByRole('button', { name: 'Resume' }).click();
        } else {
          await page.keyboard.press('Escape');
        }
        await expect(dialog(page).isVisible()).resolves.toBe(false);
        expect(await screenOf(page)).toBe(name);
        await next();
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('pauses by itself when the page is hidden, and Main menu leaves a game to continue', async () => {
    const { context, page, errors } = await calmPage({ width: 390, height: 844 });
    try {
      await openMenu(page);
      await toActing(page);
      // A game is saved from its first decision on (nothing is written before it).
      await buttonNamed(page, 'Host talks').click();
      await expect.poll(() => page.evaluate(() => window.__asean?.getViewModel()?.game?.log.length)).toBe(1);
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await expect.poll(() => dialog(page).isVisible()).toBe(true);
      await screenshot(page, 'pause-390x844');
      await dialog(page).getByRole('button', { name: 'Main menu' }).click();
      await expect.poll(() => screenOf(page)).toBe('menu');
      await expect.poll(() => buttonNamed(page, 'Continue').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
