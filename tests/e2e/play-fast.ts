// A quick way through a whole scenario for tests whose subject is the debrief (print, export,
// reveal) rather than play itself: it still presses real buttons found by role and name, but with
// clicks, and tables the fair package from round 2 so the game usually ends with an accord.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Level } from '../../src/sim/level';
import { fairPackage } from '../../src/sim/strategies';

/** The current screen, as the page marks it on <html data-screen>. */
export const screenOf = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);

/** A button by its exact accessible name. */
export const buttonNamed = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Picks every term of a package in the proposal builder. */
export async function pickPackage(page: Page, level: Level, terms = fairPackage(level)): Promise<void> {
  const form = page.getByRole('form', { name: 'Your package' });
  for (const issue of level.issues) {
    const option = issue.options.find((o) => o.id === terms[issue.id])!;
    await form.getByRole('group', { name: issue.label, exact: true }).getByRole('radio', { name: option.label, exact: true }).check();
  }
}

/** From the menu (already loaded), starts a calm game and plays it to the debrief. */
export async function playToDebrief(page: Page, level: Level): Promise<void> {
  await expect.poll(() => screenOf(page)).toBe('menu');
  await page.getByRole('radio', { name: 'Calm', exact: true }).check();
  await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  for (let round = 1; round <= level.rounds + 1 && (await screenOf(page)) !== 'debrief'; round++) {
    await expect.poll(() => screenOf(page)).toBe('situation');
    await buttonNamed(page, 'Continue').click();
    await expect.poll(() => screenOf(page)).toBe('acting');
    for (const name of ['Host talks', round === 1 ? 'Deploy interim observers' : 'Open a military hotline']) {
      const lever = buttonNamed(page, name);
      if ((await lever.count()) && (await lever.getAttribute('aria-disabled')) !== 'true') await lever.click();
    }
    const canTable = (await page.getByRole('form', { name: 'Your package' }).count()) > 0;
    if (round >= 2 && canTable) {
      if (round === 2) await pickPackage(page, level);
      await buttonNamed(page, 'Table this package').click();
      await expect.poll(() => screenOf(page)).toBe('responding');
      await buttonNamed(page, 'Continue').click();
    } else {
      await buttonNamed(page, 'End round without a proposal').click();
    }
    await expect.poll(() => screenOf(page)).toBe('world');
    await buttonNamed(page, 'Continue').click();
    await expect.poll(() => screenOf(page)).toMatch(/situation|debrief/);
  }
  expect(await screenOf(page)).toBe('debrief');
}
